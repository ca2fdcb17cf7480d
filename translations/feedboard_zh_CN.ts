<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1 告警：%2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，时间 %2</translation>
    </message>
</context>
<context>
    <name>AlertRulesEditor</name>
    <message>
        <source>Remove Ru&amp;le</source>
        <translation>删除规则(&amp;L)</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Above a level</source>
        <translation>高于阈值</translation>
    </message>
    <message>
        <source>Below a level</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>Changes by % within a window</source>
        <translation>在时间窗口内变化百分比</translation>
    </message>
    <message>
        <source>Changes by an amount within a window</source>
        <translation>在时间窗口内变化一定数值</translation>
    </message>
    <message>
        <source>Stale (nothing for ms)</source>
        <translation>停滞(毫秒内无数据)</translation>
    </message>
    <message>
        <source>Feed not open (for ms)</source>
        <translation>数据源未打开(毫秒)</translation>
    </message>
    <message>
        <source>Log records match</source>
        <translation>日志记录匹配</translation>
    </message>
    <message>
        <source>Decode errors per second above</source>
        <translation>每秒解码错误高于</translation>
    </message>
    <message>
        <source>feed name or glob</source>
        <translation>数据源名称或通配符</translation>
    </message>
    <message>
        <source>key or glob (BTC*), empty: none</source>
        <translation>键或通配符(BTC*)，留空：无</translation>
    </message>
    <message>
        <source>JSON Pointer, e.g. /p</source>
        <translation>JSON Pointer，例如 /p</translation>
    </message>
    <message>
        <source>optional: the level that resolves</source>
        <translation>可选：解除告警的阈值</translation>
    </message>
    <message>
        <source>optional: must hold this long</source>
        <translation>可选：需持续的时长</translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation>可选的正则表达式</translation>
    </message>
    <message>
        <source>Rule na&amp;me:</source>
        <translation>规则名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>严重级别(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>数据源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>字段(&amp;I)：</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>值(&amp;U)：</translation>
    </message>
    <message>
        <source>Clear le&amp;vel:</source>
        <translation>解除阈值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Within (ms):</source>
        <translation>时间窗口(毫秒)(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;or (ms):</source>
        <translation>持续(毫秒)(&amp;O)：</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>日志级别(&amp;G)：</translation>
    </message>
    <message>
        <source>Matc&amp;h:</source>
        <translation>匹配(&amp;H)：</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>次数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>Alert rule &quot;%1&quot;: %2</source>
        <translation>告警规则“%1”：%2</translation>
    </message>
    <message>
        <source>Alert rules: %1</source>
        <translation>告警规则：%1</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>触发中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，时间 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Series / Feed</source>
        <translation>序列 / 数据源</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Filter rule or series</source>
        <translation>筛选规则或序列</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge the selected firing alerts</source>
        <translation>确认所选的已触发告警</translation>
    </message>
</context>
<context>
    <name>AlertsTracker</name>
    <message>
        <source>%1 fired</source>
        <translation>%1 已触发</translation>
    </message>
</context>
<context>
    <name>CandlesView</name>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Check a series in the list to see its candles</source>
        <translation>在列表中勾选一个序列以查看其K线</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart %1</source>
        <translation>图表 %1</translation>
    </message>
    <message>
        <source>Time window of this chart</source>
        <translation>此图表的时间窗口</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze this chart; data keeps arriving and being recorded</source>
        <translation>冻结此图表；数据仍会继续到达并被记录</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Drag a rectangle on the chart to zoom; this goes back</source>
        <translation>在图表上拖出矩形以缩放；此按钮恢复原状</translation>
    </message>
    <message>
        <source>Remove this chart</source>
        <translation>移除此图表</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>What this chart shows: lines, candles, X against Y, stat tiles, a gauge or a histogram</source>
        <translation>此图表显示的内容：折线、K线、X 对 Y、统计磁贴、仪表盘或直方图</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>K线</translation>
    </message>
    <message>
        <source>XY</source>
        <translation>XY</translation>
    </message>
    <message>
        <source>Stat tiles</source>
        <translation>统计磁贴</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot render the chart.</source>
        <translation>无法绘制图表。</translation>
    </message>
</context>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add &amp;Marker…</source>
        <translation>添加标记(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;Alert…</source>
        <translation>添加告警(&amp;A)…</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Alert on %1…</source>
        <translation>为 %1 添加告警(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Derive…</source>
        <translation>派生(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Derive from %1…</source>
        <translation>从 %1 派生(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>connection restored: %1</source>
        <translation>连接已恢复：%1</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>连接丢失：%1</translation>
    </message>
    <message>
        <source>connection closed: %1</source>
        <translation>连接已关闭：%1</translation>
    </message>
</context>
<context>
    <name>DerivedSeriesEditor</name>
    <message>
        <source>&amp;Remove Series</source>
        <translation>删除序列(&amp;R)</translation>
    </message>
    <message>
        <source>derived (needed for {/pointer} references)</source>
        <translation>derived（{/pointer} 引用需要填写）</translation>
    </message>
    <message>
        <source>* (one series per key)</source>
        <translation>*（每个键一个序列）</translation>
    </message>
    <message>
        <source>{/p}: field /p of the same record (needs a feed; one series per key). {feed:key:/p}: one series, held at its latest value. Operators + - * / ^, functions abs sqrt ln log exp min max, and over data time ema(x, seconds), sma(x, seconds), rate(x) (per second), delta(x).</source>
        <translation>{/p}：同一记录的字段 /p（需要填写数据源；每个键一个序列）。{feed:key:/p}：一个序列，保持其最新值。运算符 + - * / ^，函数 abs sqrt ln log exp min max，以及按数据时间计算的 ema(x, 秒)、sma(x, 秒)、rate(x)（每秒）、delta(x)。</translation>
    </message>
    <message>
        <source>Series na&amp;me:</source>
        <translation>序列名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>数据源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>表达式(&amp;X)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>运行中：</translation>
    </message>
    <message>
        <source>&amp;Add Series</source>
        <translation>添加序列(&amp;A)</translation>
    </message>
    <message>
        <source>Derived series %1</source>
        <translation>派生序列 %1</translation>
    </message>
    <message>
        <source>Not an expression yet: %1</source>
        <translation>尚不是有效表达式：%1</translation>
    </message>
    <message>
        <source>no session running</source>
        <translation>没有正在运行的会话</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>now, key %1</source>
        <translation>当前，键 %1</translation>
    </message>
    <message>
        <source>%1: rate and delta need a second value</source>
        <translation>%1：rate 和 delta 需要第二个值</translation>
    </message>
    <message>
        <source>%1: not a number (counted, never drawn)</source>
        <translation>%1：不是数字（计数，不绘制）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>waiting until every input has a value</source>
        <translation>等待所有输入都有值</translation>
    </message>
    <message>
        <source>not running (saved series start with the profile)</source>
        <translation>未运行（保存的序列随配置文件启动）</translation>
    </message>
    <message>
        <source>Expression reads %1 series.</source>
        <translation>表达式读取 %1 个序列。</translation>
    </message>
    <message>
        <source>%1 series, %2 results, %3 not finite (not recorded)</source>
        <translation>%1 个序列，%2 个结果，%3 个非有限值（未记录）</translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <source>Discover Fields</source>
        <translation>发现字段</translation>
    </message>
    <message>
        <source>Path (tick to chart)</source>
        <translation>路径（勾选以绘图）</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>&amp;Key (one series per value):</source>
        <translation>键（每个值一个序列）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>Listening… %n frame(s) received.</source>
        <translation>
            <numerusform>正在接收… 已收到 %n 帧。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Nothing to discover: %1</source>
        <translation>没有可发现的内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 record(s): tick the paths to chart.</source>
        <translation>
            <numerusform>%n 帧，%1 条记录：勾选要绘图的路径。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not connected: %1. Trying again until it connects or you close this dialog.</source>
        <translation>未连接：%1。将持续重试，直到连接成功或关闭此对话框。</translation>
    </message>
    <message>
        <source>Connected; waiting for messages…</source>
        <translation>已连接；正在等待消息…</translation>
    </message>
</context>
<context>
    <name>DiscoveryProbe</name>
    <message>
        <source>no frame arrived in time</source>
        <translation>未及时收到任何帧</translation>
    </message>
    <message>
        <source>no frame arrived (%1)</source>
        <translation>未收到任何帧（%1）</translation>
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
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The whole run, from the capture file</source>
        <translation>整个运行过程，来自录制文件</translation>
    </message>
    <message>
        <source>Chart as SVG</source>
        <translation>图表导出为 SVG</translation>
    </message>
    <message>
        <source>Replays the capture into the file: every sample and log record of the run, not only what the window keeps.</source>
        <translation>将录制文件回放写入导出文件：包含本次运行的每个数据点和日志记录，而不仅是窗口中保留的内容。</translation>
    </message>
    <message>
        <source>Exporting the whole run…</source>
        <translation>正在导出整个运行过程…</translation>
    </message>
</context>
<context>
    <name>FeedChecks</name>
    <message>
        <source>Enter the feed&apos;s URL, e.g. wss://example.com/stream.</source>
        <translation>请输入数据源的 URL，例如 wss://example.com/stream。</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation>URL 必须以 ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>URL 中没有主机。</translation>
    </message>
    <message>
        <source>A JSON Pointer starts with / (e.g. /data/price).</source>
        <translation>JSON Pointer 以 / 开头（例如 /data/price）。</translation>
    </message>
    <message>
        <source>In a JSON Pointer, ~ must be followed by 0 (for ~) or 1 (for /).</source>
        <translation>在 JSON Pointer 中，~ 后面必须跟 0（表示 ~）或 1（表示 /）。</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: the port must be a number from 1 to 65535.</source>
        <translation>无法连接到端口 0：端口必须是 1 到 65535 之间的数字。</translation>
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
    <message>
        <source>no answer to the WebSocket handshake within %1 s</source>
        <translation>%1 秒内未收到 WebSocket 握手应答</translation>
    </message>
    <message>
        <source>proxy %1:%2: the proxy asks for credentials (407 Proxy Authentication Required)</source>
        <translation>代理 %1:%2：代理要求身份验证（407 Proxy Authentication Required）</translation>
    </message>
    <message>
        <source>handshake step %1 of %2: waiting for %3</source>
        <translation>握手步骤 %1/%2：等待 %3</translation>
    </message>
    <message>
        <source>handshake step %1 refused: %2</source>
        <translation>握手步骤 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>handshake step %1: no reply matching %2 within %3 s</source>
        <translation>握手步骤 %1：%3 秒内没有与 %2 匹配的回复</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>代理 %1：%2</translation>
    </message>
    <message>
        <source>secret %1 has no value: enter it in the profile editor or set %2</source>
        <translation>密钥 %1 没有值：请在配置编辑器中输入，或设置 %2</translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Values of secret headers are kept in the system keychain (or a file only you can read), never in the profile file.</source>
        <translation>机密请求头的值保存在系统钥匙串中（或仅您可读的文件中），绝不写入配置文件。</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>删除请求头</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>comma-separated, e.g. json, v2.stream</source>
        <translation>以逗号分隔，例如 json, v2.stream</translation>
    </message>
    <message>
        <source>Sub&amp;protocols:</source>
        <translation>子协议(&amp;P)：</translation>
    </message>
    <message>
        <source>one message per line, sent after every (re)connect</source>
        <translation>每行一条消息，每次（重新）连接后发送</translation>
    </message>
    <message>
        <source>&amp;Subscribe messages:</source>
        <translation>订阅消息(&amp;S)：</translation>
    </message>
    <message>
        <source>JSON Pointers (RFC 6901), relative to the root. Leave Fields empty to chart every numeric value.</source>
        <translation>JSON Pointer（RFC 6901），相对于根。字段留空则绘制所有数值。</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>根(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>one pointer per line, e.g. /p</source>
        <translation>每行一个指针，例如 /p</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Discover from Live Messages…</source>
        <translation>从实时消息中发现(&amp;D)…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>no pings</source>
        <translation>不发送 ping</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Reconnect: &amp;first delay:</source>
        <translation>重连：首次延迟(&amp;F)：</translation>
    </message>
    <message>
        <source>Reconnect: &amp;longest delay:</source>
        <translation>重连：最长延迟(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>Ping 间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>Mark &amp;stale after:</source>
        <translation>标记为过时的时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Most &amp;series:</source>
        <translation>最多序列数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ignore TLS certificate errors</source>
        <translation>忽略 TLS 证书错误(&amp;I)</translation>
    </message>
    <message>
        <source>Warning: anyone between you and the server can read and change this feed. Use only for test servers with self-signed certificates.</source>
        <translation>警告：您与服务器之间的任何人都可以读取和篡改此数据源。仅用于使用自签名证书的测试服务器。</translation>
    </message>
    <message>
        <source>The feed needs a name.</source>
        <translation>数据源需要一个名称。</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>The longest reconnect delay is shorter than the first.</source>
        <translation>最长重连延迟短于首次延迟。</translation>
    </message>
    <message>
        <source>Se&amp;crets:</source>
        <translation>密钥(&amp;C)：</translation>
    </message>
    <message>
        <source>system (the environment&apos;s or the desktop&apos;s settings)</source>
        <translation>system（使用环境或桌面的设置）</translation>
    </message>
    <message>
        <source>none, system, http://[user@]host:port or socks5://[user@]host:port; a password only as ${secret:NAME}, e.g. http://alice:${secret:PROXY_PASSWORD}@proxy:3128</source>
        <translation>none、system、http://[user@]host:port 或 socks5://[user@]host:port；密码只能写成 ${secret:NAME}，例如 http://alice:${secret:PROXY_PASSWORD}@proxy:3128</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
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
    <message>
        <source>Memory: %1</source>
        <translation>内存：%1</translation>
    </message>
    <message>
        <source>Active alerts: %1</source>
        <translation>活动告警：%1</translation>
    </message>
    <message>
        <source>Worst active severity: %1</source>
        <translation>最严重的活动级别：%1</translation>
    </message>
</context>
<context>
    <name>FeedsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>open, silent</source>
        <translation>已打开，无数据</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>将于 %1 重试</translation>
    </message>
    <message>
        <source>subprotocol %1</source>
        <translation>子协议 %1</translation>
    </message>
    <message>
        <source>%1 binary frames</source>
        <translation>%1 个二进制帧</translation>
    </message>
    <message>
        <source>%1 samples over the series cap</source>
        <translation>%1 个样本超出序列上限</translation>
    </message>
    <message>
        <source>%1 oversize frames refused</source>
        <translation>已拒绝 %1 个超大帧</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Decode errors</source>
        <translation>解码错误</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1
TLS certificates are not verified for this feed (the profile opted out): the server&apos;s identity is not checked.</source>
        <translation>%1
此数据源不验证 TLS 证书（配置文件已选择关闭）：服务器身份未经检查。</translation>
    </message>
    <message>
        <source>certificates not verified</source>
        <translation>证书未验证</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Feed to send the message to</source>
        <translation>接收此消息的数据源</translation>
    </message>
    <message>
        <source>Message to send, e.g. a subscription in JSON</source>
        <translation>要发送的消息，例如 JSON 格式的订阅</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change this feed&apos;s connection and decoding in the profile editor</source>
        <translation>在配置文件编辑器中修改此数据源的连接和解码设置</translation>
    </message>
</context>
<context>
    <name>GaugeView</name>
    <message>
        <source>Check a series in the list to see it on a gauge</source>
        <translation>在列表中勾选一个序列以在仪表盘上查看</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>FeedBoard — %1</source>
        <translation>FeedBoard — %1</translation>
    </message>
    <message>
        <source>Cannot Start the Demo</source>
        <translation>无法启动演示</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>FeedBoard User Guide</source>
        <translation>FeedBoard 用户指南</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Check a series in the list to see how its values are distributed</source>
        <translation>在列表中勾选一个序列以查看其数值分布</translation>
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
    <message>
        <source>note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>LatestValuesModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>LatestValuesPanel</name>
    <message>
        <source>Add &amp;Alert…</source>
        <translation>添加告警(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Derive…</source>
        <translation>派生(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>无效的正则表达式：%1（第 %2 个字符）</translation>
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
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>All feeds</source>
        <translation>全部数据源</translation>
    </message>
    <message>
        <source>Show only records of this feed</source>
        <translation>仅显示此数据源的记录</translation>
    </message>
    <message>
        <source>Read the filter text as a regular expression</source>
        <translation>将过滤文本视为正则表达式</translation>
    </message>
    <message>
        <source>Oldest records removed from the bounded log store</source>
        <translation>从有界日志存储中移除的最旧记录</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>已丢弃 %1 条</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Scroll to the newest record and keep following new ones</source>
        <translation>滚动到最新记录并继续跟随新记录</translation>
    </message>
    <message>
        <source>%1 — no rows shown until it is fixed.</source>
        <translation>%1 — 修正之前不显示任何行。</translation>
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
    <message>
        <source>Search series</source>
        <translation>搜索序列</translation>
    </message>
    <message>
        <source>Latest Values</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Chart</source>
        <translation>添加图表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Chart</source>
        <translation>移除图表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>暂停/继续(&amp;P)</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Find Series</source>
        <translation>查找序列(&amp;F)</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Filter &amp;Log</source>
        <translation>过滤日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language changes when FeedBoard is started again.</source>
        <translation>语言将在下次启动 FeedBoard 时更改。</translation>
    </message>
    <message>
        <source>Message Inspector</source>
        <translation>消息检查器</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Add &amp;Marker…</source>
        <translation>添加标记(&amp;M)…</translation>
    </message>
    <message>
        <source>Add Marker</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <source>Marker text:</source>
        <translation>标记文本：</translation>
    </message>
    <message>
        <source>Reading the zoomed stretch back from the capture…</source>
        <translation>正在从录制文件读取缩放的时间段…</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Feed whose frames are shown</source>
        <translation>显示其帧的数据源</translation>
    </message>
    <message>
        <source>Select a frame to see it here</source>
        <translation>选择一个帧以在此查看</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Log record: %1 %2</source>
        <translation>日志记录：%1 %2</translation>
    </message>
    <message>
        <source>Decode error: %1</source>
        <translation>解码错误：%1</translation>
    </message>
    <message>
        <source>Pause list</source>
        <translation>暂停列表</translation>
    </message>
    <message>
        <source>Hold the list still; the feed goes on and new frames appear when you resume</source>
        <translation>冻结列表；数据源继续接收，恢复后显示新帧</translation>
    </message>
    <message>
        <source>Resume list</source>
        <translation>恢复列表</translation>
    </message>
    <message>
        <source>This frame has left the list (it keeps the newest %1); its details stay here.</source>
        <translation>此帧已移出列表（列表保留最新的 %1 帧）；其详情仍保留在此。</translation>
    </message>
</context>
<context>
    <name>OutageBands</name>
    <message>
        <source>%1: not connected</source>
        <translation>%1：未连接</translation>
    </message>
</context>
<context>
    <name>OverwritePrompt</name>
    <message>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 已存在。是否要替换它？</translation>
    </message>
</context>
<context>
    <name>PanelSettingsBar</name>
    <message>
        <source>1 s</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>A field of the same feed and key summed into volume bars</source>
        <translation>同一数据源和键的一个字段，累加为成交量柱</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>成交量：</translation>
    </message>
    <message>
        <source>How many of the newest points the trail shows</source>
        <translation>轨迹显示的最新点数</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>Trail:</source>
        <translation>轨迹：</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Auto: Freedman-Diaconis, or Sturges when the values hardly spread</source>
        <translation>自动：Freedman-Diaconis 规则，数值几乎不分散时用 Sturges 规则</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>分箱数：</translation>
    </message>
    <message>
        <source>Auto range</source>
        <translation>自动范围</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>最小值：</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>最大值：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1st checked series</source>
        <translation>第 1 个勾选的序列</translation>
    </message>
    <message>
        <source>2nd checked series</source>
        <translation>第 2 个勾选的序列</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>New Profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>编辑配置 %1</translation>
    </message>
    <message>
        <source>&amp;Add Feed</source>
        <translation>添加数据源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation>删除数据源(&amp;R)</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>Add at least one feed.</source>
        <translation>请至少添加一个数据源。</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2</source>
        <translation>数据源“%1”：%2</translation>
    </message>
    <message>
        <source>Two feeds are named &quot;%1&quot;.</source>
        <translation>有两个数据源都名为“%1”。</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>数据源(&amp;E)</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>告警(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Derived</source>
        <translation>派生(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RawFramesModel</name>
    <message>
        <source>binary: %1</source>
        <translation>二进制：%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>New Profile from Template</source>
        <translation>从模板新建配置</translation>
    </message>
    <message>
        <source>&amp;Edit and Save…</source>
        <translation>编辑并保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Ready profiles for public feeds. The profile editor opens on the one you pick: enter its secrets, change symbols or hosts, and save it under a name of yours.</source>
        <translation>公共数据源的现成配置。配置编辑器会打开您选择的配置：输入其密钥，修改交易品种或主机，并以您自己的名称保存。</translation>
    </message>
    <message>
        <source>Format as documented at</source>
        <translation>格式依据文档：</translation>
    </message>
</context>
<context>
    <name>Recipes</name>
    <message>
        <source>Binance: trades (combined streams)</source>
        <translation>Binance：成交（组合流）</translation>
    </message>
    <message>
        <source>Every trade of BTCUSDT and ETHUSDT: price and quantity per symbol, at the trade time. Change the streams in the URL for other symbols. No key needed.</source>
        <translation>BTCUSDT 和 ETHUSDT 的每笔成交：按交易品种的价格和数量，以成交时间为准。修改 URL 中的 streams 可换成其他品种。无需密钥。</translation>
    </message>
    <message>
        <source>Coinbase Exchange: ticker</source>
        <translation>Coinbase Exchange：行情</translation>
    </message>
    <message>
        <source>Last price, best bid and ask and last size of BTC-USD and ETH-USD, after a subscribe message. Change product_ids for other products. No key needed.</source>
        <translation>发送订阅消息后，BTC-USD 和 ETH-USD 的最新价、最优买价和卖价以及最新成交量。修改 product_ids 可换成其他产品。无需密钥。</translation>
    </message>
    <message>
        <source>Kraken: ticker (WebSocket v1)</source>
        <translation>Kraken：行情（WebSocket v1）</translation>
    </message>
    <message>
        <source>Last trade price, best bid, best ask and 24-hour volume of XBT/USD and ETH/USD, read from Kraken&apos;s positional arrays (/1/c/0 is the last price). No key needed.</source>
        <translation>XBT/USD 和 ETH/USD 的最新成交价、最优买价、最优卖价和 24 小时成交量，从 Kraken 的位置数组中读取（/1/c/0 为最新价）。无需密钥。</translation>
    </message>
    <message>
        <source>Finnhub: trades</source>
        <translation>Finnhub：成交</translation>
    </message>
    <message>
        <source>Trades of AAPL and BINANCE:BTCUSDT, batched under /data. Needs your Finnhub API token as the secret FINNHUB_TOKEN.</source>
        <translation>AAPL 和 BINANCE:BTCUSDT 的成交，批量位于 /data 下。需要将您的 Finnhub API 令牌作为密钥 FINNHUB_TOKEN。</translation>
    </message>
    <message>
        <source>Alpaca: stock trades</source>
        <translation>Alpaca：股票成交</translation>
    </message>
    <message>
        <source>Trades of AAPL and MSFT from the IEX feed, after logging in with an auth message. Needs the secrets APCA_API_KEY_ID and APCA_API_SECRET_KEY.</source>
        <translation>通过认证消息登录后，来自 IEX 数据源的 AAPL 和 MSFT 成交。需要密钥 APCA_API_KEY_ID 和 APCA_API_SECRET_KEY。</translation>
    </message>
    <message>
        <source>Home Assistant: state changes</source>
        <translation>Home Assistant：状态变化</translation>
    </message>
    <message>
        <source>Every numeric entity state (sensors) as it changes, after Home Assistant&apos;s login handshake. Needs a long-lived access token as the secret HA_TOKEN; change the host in the URL. States that are not numbers (on, off) are counted as decode errors.</source>
        <translation>完成 Home Assistant 的登录握手后，每个数值型实体状态（传感器）的变化。需要一个长期访问令牌作为密钥 HA_TOKEN；请修改 URL 中的主机。非数值状态（on、off）计为解码错误。</translation>
    </message>
    <message>
        <source>Grafana Loki: tail logs</source>
        <translation>Grafana Loki：实时跟踪日志</translation>
    </message>
    <message>
        <source>Every log line of the query {job=&quot;varlogs&quot;} as it arrives, at its own time, the level from the stream&apos;s level label or the line&apos;s text. Change the host and the query (URL-encoded) in the URL.</source>
        <translation>查询 {job=&quot;varlogs&quot;} 的每一行日志在到达时按其自身时间显示，级别取自流的 level 标签或该行文本。请修改 URL 中的主机和查询（需 URL 编码）。</translation>
    </message>
    <message>
        <source>Socket.IO: event stream</source>
        <translation>Socket.IO：事件流</translation>
    </message>
    <message>
        <source>The &quot;trade&quot; events of a Socket.IO server (Engine.IO 4), such as a Node.js dashboard backend: price and size per symbol from each event&apos;s first argument. The namespace connect sends the secret SOCKETIO_TOKEN as its auth token. Change the host, namespace, events and pointers.</source>
        <translation>Socket.IO 服务器（Engine.IO 4）的 &quot;trade&quot; 事件，例如 Node.js 仪表板后端：从每个事件的第一个参数中读取各交易品种的价格和数量。命名空间连接会将密钥 SOCKETIO_TOKEN 作为认证令牌发送。请修改主机、命名空间、事件和指针。</translation>
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
    <name>SecretsEdit</name>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>环境变量 (%1)</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>No value for %1: the feed will not connect until one is entered here or set in the environment.</source>
        <translation>%1 没有值：在此处输入或在环境中设置之前，该数据源不会连接。</translation>
    </message>
    <message>
        <source>${secret:NAME} in the URL, a header or a message keeps a token out of the profile: its value is kept in the keychain, or comes from FEEDBOARD_SECRET_NAME.</source>
        <translation>在 URL、请求头或消息中使用 ${secret:NAME}，令牌就不会写入配置文件：其值保存在钥匙串中，或来自 FEEDBOARD_SECRET_NAME。</translation>
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
        <source>Captures (*.jsonl *.zst);;All Files (*)</source>
        <translation>录制文件 (*.jsonl *.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Capture File</source>
        <translation>录制文件</translation>
    </message>
    <message>
        <source>Captures (*.jsonl *.zst)</source>
        <translation>录制文件 (*.jsonl *.zst)</translation>
    </message>
    <message>
        <source>Cannot Record Capture</source>
        <translation>无法录制</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新建配置(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit Profile…</source>
        <translation>编辑配置(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot Open Capture</source>
        <translation>无法打开录制文件</translation>
    </message>
    <message>
        <source>No capture this session: %1</source>
        <translation>本次会话不录制：%1</translation>
    </message>
    <message>
        <source>feed 1</source>
        <translation>数据源 1</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <source>Profile saved: %1</source>
        <translation>配置已保存：%1</translation>
    </message>
    <message>
        <source>The profile&apos;s layout could not be restored.</source>
        <translation>无法恢复配置中的布局。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>The layout was not saved with the profile: %1</source>
        <translation>布局未保存到配置文件：%1</translation>
    </message>
    <message>
        <source>Capture &amp;Retention…</source>
        <translation>录制保留(&amp;R)…</translation>
    </message>
    <message>
        <source>no size limit</source>
        <translation>无大小限制</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no age limit</source>
        <translation>无时间限制</translation>
    </message>
    <message>
        <source>%1
Default captures kept: up to %2 in total, %3 (Settings ▸ Capture Retention…)</source>
        <translation>%1
默认录制保留：总计最多 %2，%3（设置 ▸ 录制保留…）</translation>
    </message>
    <message>
        <source>Capture Retention</source>
        <translation>录制保留</translation>
    </message>
    <message>
        <source>Oldest default captures in %1 are removed when a session starts.</source>
        <translation>会话开始时删除 %1 中最旧的默认录制。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Total &amp;size:</source>
        <translation>总大小(&amp;S)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>时长(&amp;A)：</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 高于 %2</translation>
    </message>
    <message>
        <source>New Profile from &amp;Template…</source>
        <translation>从模板新建配置(&amp;T)…</translation>
    </message>
    <message>
        <source>Cannot Open Template</source>
        <translation>无法打开模板</translation>
    </message>
</context>
<context>
    <name>SessionSwitcher</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>SocketIoClient</name>
    <message>
        <source>socket.io: the server closed the Engine.IO session</source>
        <translation>socket.io：服务器关闭了 Engine.IO 会话</translation>
    </message>
    <message>
        <source>socket.io: the server refused namespace %1: %2</source>
        <translation>socket.io：服务器拒绝了命名空间 %1：%2</translation>
    </message>
    <message>
        <source>socket.io: the server closed namespace %1</source>
        <translation>socket.io：服务器关闭了命名空间 %1</translation>
    </message>
    <message>
        <source>socket.io: nothing from the server for %1 s (its ping interval and timeout)</source>
        <translation>socket.io：服务器 %1 秒内无任何消息（其 ping 间隔与超时）</translation>
    </message>
    <message>
        <source>socket.io: no answer to the namespace connect within %1 s</source>
        <translation>socket.io：命名空间连接在 %1 秒内无应答</translation>
    </message>
    <message>
        <source>socket.io: connecting namespace %1</source>
        <translation>socket.io：正在连接命名空间 %1</translation>
    </message>
</context>
<context>
    <name>SocketIoFraming</name>
    <message>
        <source>unexpected Engine.IO open packet</source>
        <translation>意外的 Engine.IO open 包</translation>
    </message>
    <message>
        <source>an empty frame is not an Engine.IO packet</source>
        <translation>空帧不是 Engine.IO 包</translation>
    </message>
    <message>
        <source>the Engine.IO open packet does not hold a JSON object</source>
        <translation>Engine.IO open 包不包含 JSON 对象</translation>
    </message>
    <message>
        <source>unknown Engine.IO packet type &quot;%1&quot;</source>
        <translation>未知的 Engine.IO 包类型“%1”</translation>
    </message>
    <message>
        <source>unknown Socket.IO packet type &quot;%1&quot;</source>
        <translation>未知的 Socket.IO 包类型“%1”</translation>
    </message>
    <message>
        <source>binary events (with attachments) are not supported</source>
        <translation>不支持二进制事件（带附件）</translation>
    </message>
    <message>
        <source>the event is not a JSON array that starts with its name</source>
        <translation>该事件不是以其名称开头的 JSON 数组</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to FeedBoard&lt;/h2&gt;&lt;p&gt;Chart and log live WebSocket feeds. No feed is open yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 FeedBoard&lt;/h2&gt;&lt;p&gt;以图表和日志显示实时 WebSocket 数据源。尚未打开任何数据源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Built-in stock ticks and service logs on 127.0.0.1</source>
        <translation>内置的股票行情和服务日志（127.0.0.1）</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建配置…</translation>
    </message>
    <message>
        <source>Enter a feed&apos;s URL and discover its fields</source>
        <translation>输入数据源 URL 并发现其字段</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>打开配置…</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>打开录制文件…</translation>
    </message>
    <message>
        <source>Replay a recorded session</source>
        <translation>回放已录制的会话</translation>
    </message>
    <message>
        <source>Recent profiles:</source>
        <translation>最近的配置：</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New profile from a template…</source>
        <translation>从模板新建配置…</translation>
    </message>
    <message>
        <source>Binance, Coinbase, Kraken, Finnhub, Alpaca, Home Assistant, Loki, Socket.IO…</source>
        <translation>Binance、Coinbase、Kraken、Finnhub、Alpaca、Home Assistant、Loki、Socket.IO…</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2%3 %)</source>
        <translation>%1（%2%3%）</translation>
    </message>
</context>
<context>
    <name>StatTilesView</name>
    <message>
        <source>Check series in the list: each gets a tile</source>
        <translation>在列表中勾选序列：每个序列一个磁贴</translation>
    </message>
</context>
<context>
    <name>WsClientSocket</name>
    <message>
        <source>TLS is not available on this system (wss:// needs OpenSSL)</source>
        <translation>此系统上没有 TLS（wss:// 需要 OpenSSL）</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the WebSocket handshake is not HTTP</source>
        <translation>服务器对 WebSocket 握手的应答不是 HTTP</translation>
    </message>
    <message>
        <source>the server refused the WebSocket upgrade: HTTP %1</source>
        <translation>服务器拒绝了 WebSocket 升级：HTTP %1</translation>
    </message>
    <message>
        <source>its Upgrade header is not websocket</source>
        <translation>其 Upgrade 头不是 websocket</translation>
    </message>
    <message>
        <source>its Connection header is not Upgrade</source>
        <translation>其 Connection 头不是 Upgrade</translation>
    </message>
    <message>
        <source>its Sec-WebSocket-Accept does not match the key sent</source>
        <translation>其 Sec-WebSocket-Accept 与发送的密钥不符</translation>
    </message>
    <message>
        <source>it agreed to an extension that was not offered</source>
        <translation>它同意了未提供的扩展</translation>
    </message>
    <message>
        <source>it chose subprotocol %1, which was not offered</source>
        <translation>它选择了未提供的子协议 %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the WebSocket handshake is wrong: %1</source>
        <translation>服务器对 WebSocket 握手的应答有误：%1</translation>
    </message>
    <message>
        <source>a message larger than %1 bytes</source>
        <translation>消息大于 %1 字节</translation>
    </message>
    <message>
        <source>the server began a message inside a fragmented one</source>
        <translation>服务器在分片消息中开始了新消息</translation>
    </message>
    <message>
        <source>the server continued a message it never began</source>
        <translation>服务器继续了一条从未开始的消息</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a text message</source>
        <translation>文本消息中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>the server sent a malformed close frame</source>
        <translation>服务器发送了格式错误的关闭帧</translation>
    </message>
</context>
<context>
    <name>WsFrameCodec</name>
    <message>
        <source>the server set reserved bits of a frame (no extension was agreed)</source>
        <translation>服务器设置了帧的保留位（未协商扩展）</translation>
    </message>
    <message>
        <source>the server sent a frame of unknown type %1</source>
        <translation>服务器发送了未知类型 %1 的帧</translation>
    </message>
    <message>
        <source>the server sent a masked frame</source>
        <translation>服务器发送了带掩码的帧</translation>
    </message>
    <message>
        <source>the server sent a frame length with its top bit set</source>
        <translation>服务器发送的帧长度设置了最高位</translation>
    </message>
    <message>
        <source>the server sent a fragmented or oversized control frame</source>
        <translation>服务器发送了分片或过大的控制帧</translation>
    </message>
</context>
<context>
    <name>XYView</name>
    <message>
        <source>Check two series in the list (or choose X and Y) to plot one against the other</source>
        <translation>在列表中勾选两个序列（或选择 X 和 Y），以一个对另一个作图</translation>
    </message>
</context>
</TS>
