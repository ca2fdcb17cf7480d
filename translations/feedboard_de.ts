<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>Alarm (%1): %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>AlertRulesEditor</name>
    <message>
        <source>Remove Ru&amp;le</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Above a level</source>
        <translation>Über einem Wert</translation>
    </message>
    <message>
        <source>Below a level</source>
        <translation>Unter einem Wert</translation>
    </message>
    <message>
        <source>Changes by % within a window</source>
        <translation>Ändert sich um % innerhalb eines Zeitfensters</translation>
    </message>
    <message>
        <source>Changes by an amount within a window</source>
        <translation>Ändert sich um einen Betrag innerhalb eines Zeitfensters</translation>
    </message>
    <message>
        <source>Stale (nothing for ms)</source>
        <translation>Veraltet (nichts für ms)</translation>
    </message>
    <message>
        <source>Feed not open (for ms)</source>
        <translation>Feed nicht offen (für ms)</translation>
    </message>
    <message>
        <source>Log records match</source>
        <translation>Log-Einträge passen</translation>
    </message>
    <message>
        <source>Decode errors per second above</source>
        <translation>Dekodierfehler pro Sekunde über</translation>
    </message>
    <message>
        <source>feed name or glob</source>
        <translation>Feed-Name oder Muster</translation>
    </message>
    <message>
        <source>key or glob (BTC*), empty: none</source>
        <translation>Schlüssel oder Muster (BTC*), leer: keiner</translation>
    </message>
    <message>
        <source>JSON Pointer, e.g. /p</source>
        <translation>JSON Pointer, z. B. /p</translation>
    </message>
    <message>
        <source>optional: the level that resolves</source>
        <translation>optional: der Wert, der den Alarm aufhebt</translation>
    </message>
    <message>
        <source>optional: must hold this long</source>
        <translation>optional: muss so lange anhalten</translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation>optionaler regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Rule na&amp;me:</source>
        <translation>Regelna&amp;me:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>F&amp;eld:</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>Wer&amp;t:</translation>
    </message>
    <message>
        <source>Clear le&amp;vel:</source>
        <translation>Rücksetz&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Within (ms):</source>
        <translation>&amp;Innerhalb (ms):</translation>
    </message>
    <message>
        <source>F&amp;or (ms):</source>
        <translation>&amp;Dauer (ms):</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>&amp;Log-Stufe:</translation>
    </message>
    <message>
        <source>Matc&amp;h:</source>
        <translation>M&amp;uster:</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Alert rule &quot;%1&quot;: %2</source>
        <translation>Alarmregel „%1“: %2</translation>
    </message>
    <message>
        <source>Alert rules: %1</source>
        <translation>Alarmregeln: %1</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Series / Feed</source>
        <translation>Reihe / Feed</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Filter rule or series</source>
        <translation>Regel oder Reihe filtern</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>Warnung und schlimmer</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected firing alerts</source>
        <translation>Die ausgewählten ausgelösten Alarme bestätigen</translation>
    </message>
</context>
<context>
    <name>AlertsTracker</name>
    <message>
        <source>%1 fired</source>
        <translation>%1 ausgelöst</translation>
    </message>
</context>
<context>
    <name>CandlesView</name>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Check a series in the list to see its candles</source>
        <translation>Eine Reihe in der Liste auswählen, um ihre Kerzen zu sehen</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Time window of this chart</source>
        <translation>Zeitfenster dieses Diagramms</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze this chart; data keeps arriving and being recorded</source>
        <translation>Dieses Diagramm einfrieren; Daten kommen weiter an und werden aufgezeichnet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Drag a rectangle on the chart to zoom; this goes back</source>
        <translation>Zum Zoomen ein Rechteck im Diagramm aufziehen; dies kehrt zurück</translation>
    </message>
    <message>
        <source>Remove this chart</source>
        <translation>Dieses Diagramm entfernen</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>What this chart shows: lines, candles, X against Y, stat tiles, a gauge or a histogram</source>
        <translation>Was dieses Diagramm zeigt: Linien, Kerzen, X gegen Y, Kennzahl-Kacheln, ein Zeigerinstrument oder ein Histogramm</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>XY</source>
        <translation>XY</translation>
    </message>
    <message>
        <source>Stat tiles</source>
        <translation>Kennzahl-Kacheln</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Zeigerinstrument</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot render the chart.</source>
        <translation>Das Diagramm kann nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Waiting for samples…</source>
        <translation>Warte auf Messwerte…</translation>
    </message>
    <message>
        <source>No series shown: check series in the list</source>
        <translation>Keine Reihe angezeigt: Reihen in der Liste auswählen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add &amp;Marker…</source>
        <translation>&amp;Markierung hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Alert…</source>
        <translation>&amp;Alarm hinzufügen…</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>Add &amp;Alert on %1…</source>
        <translation>&amp;Alarm für %1 hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Derive…</source>
        <translation>&amp;Ableiten…</translation>
    </message>
    <message>
        <source>&amp;Derive from %1…</source>
        <translation>Von %1 &amp;ableiten…</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>connection restored: %1</source>
        <translation>Verbindung wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>connection closed: %1</source>
        <translation>Verbindung geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>DerivedSeriesEditor</name>
    <message>
        <source>&amp;Remove Series</source>
        <translation>Reihe &amp;entfernen</translation>
    </message>
    <message>
        <source>derived (needed for {/pointer} references)</source>
        <translation>derived (nötig für {/pointer}-Bezüge)</translation>
    </message>
    <message>
        <source>* (one series per key)</source>
        <translation>* (eine Reihe je Schlüssel)</translation>
    </message>
    <message>
        <source>{/p}: field /p of the same record (needs a feed; one series per key). {feed:key:/p}: one series, held at its latest value. Operators + - * / ^, functions abs sqrt ln log exp min max, and over data time ema(x, seconds), sma(x, seconds), rate(x) (per second), delta(x).</source>
        <translation>{/p}: Feld /p desselben Datensatzes (braucht einen Feed; eine Reihe je Schlüssel). {feed:key:/p}: eine Reihe, mit ihrem letzten Wert gehalten. Operatoren + - * / ^, Funktionen abs sqrt ln log exp min max und über die Datenzeit ema(x, Sekunden), sma(x, Sekunden), rate(x) (pro Sekunde), delta(x).</translation>
    </message>
    <message>
        <source>Series na&amp;me:</source>
        <translation>Reihen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>Laufend:</translation>
    </message>
    <message>
        <source>&amp;Add Series</source>
        <translation>Reihe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Derived series %1</source>
        <translation>Abgeleitete Reihe %1</translation>
    </message>
    <message>
        <source>Not an expression yet: %1</source>
        <translation>Noch kein gültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>no session running</source>
        <translation>keine Sitzung aktiv</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>now, key %1</source>
        <translation>jetzt, Schlüssel %1</translation>
    </message>
    <message>
        <source>%1: rate and delta need a second value</source>
        <translation>%1: rate und delta brauchen einen zweiten Wert</translation>
    </message>
    <message>
        <source>%1: not a number (counted, never drawn)</source>
        <translation>%1: keine Zahl (gezählt, nie gezeichnet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>waiting until every input has a value</source>
        <translation>wartet, bis jede Eingabe einen Wert hat</translation>
    </message>
    <message>
        <source>not running (saved series start with the profile)</source>
        <translation>läuft nicht (gespeicherte Reihen starten mit dem Profil)</translation>
    </message>
    <message>
        <source>Expression reads %1 series.</source>
        <translation>Der Ausdruck liest %1 Reihe(n).</translation>
    </message>
    <message>
        <source>%1 series, %2 results, %3 not finite (not recorded)</source>
        <translation>%1 Reihe(n), %2 Ergebnisse, %3 nicht endlich (nicht aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <source>Discover Fields</source>
        <translation>Felder ermitteln</translation>
    </message>
    <message>
        <source>Path (tick to chart)</source>
        <translation>Pfad (ankreuzen zum Zeichnen)</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Key (one series per value):</source>
        <translation>&amp;Schlüssel (eine Reihe je Wert):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message numerus="yes">
        <source>Listening… %n frame(s) received.</source>
        <translation>
            <numerusform>Empfange… %n Frame erhalten.</numerusform>
            <numerusform>Empfange… %n Frames erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Nothing to discover: %1</source>
        <translation>Nichts zu ermitteln: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 record(s): tick the paths to chart.</source>
        <translation>
            <numerusform>%n Frame, %1 Datensätze: Pfade zum Zeichnen ankreuzen.</numerusform>
            <numerusform>%n Frames, %1 Datensätze: Pfade zum Zeichnen ankreuzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Not connected: %1. Trying again until it connects or you close this dialog.</source>
        <translation>Nicht verbunden: %1. Neue Versuche, bis die Verbindung steht oder Sie diesen Dialog schließen.</translation>
    </message>
    <message>
        <source>Connected; waiting for messages…</source>
        <translation>Verbunden; warte auf Nachrichten…</translation>
    </message>
</context>
<context>
    <name>DiscoveryProbe</name>
    <message>
        <source>no frame arrived in time</source>
        <translation>kein Frame kam rechtzeitig an</translation>
    </message>
    <message>
        <source>no frame arrived (%1)</source>
        <translation>kein Frame kam an (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Samples as CSV</source>
        <translation>Messwerte als CSV</translation>
    </message>
    <message>
        <source>Samples as JSON Lines</source>
        <translation>Messwerte als JSON Lines</translation>
    </message>
    <message>
        <source>Logs as text</source>
        <translation>Protokoll als Text</translation>
    </message>
    <message>
        <source>Logs as JSON Lines</source>
        <translation>Protokoll als JSON Lines</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>Diagramm als PNG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Series or feeds</source>
        <translation>Reihen oder Feeds</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The whole run, from the capture file</source>
        <translation>Den ganzen Lauf, aus der Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>Chart as SVG</source>
        <translation>Diagramm als SVG</translation>
    </message>
    <message>
        <source>Replays the capture into the file: every sample and log record of the run, not only what the window keeps.</source>
        <translation>Spielt die Aufzeichnung in die Datei ab: jeder Messwert und Log-Eintrag des Laufs, nicht nur was das Fenster behält.</translation>
    </message>
    <message>
        <source>Exporting the whole run…</source>
        <translation>Exportiere den ganzen Lauf…</translation>
    </message>
</context>
<context>
    <name>FeedChecks</name>
    <message>
        <source>Enter the feed&apos;s URL, e.g. wss://example.com/stream.</source>
        <translation>Geben Sie die URL des Feeds ein, z. B. wss://example.com/stream.</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation>Die URL muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>Keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>Die URL hat keinen Host.</translation>
    </message>
    <message>
        <source>A JSON Pointer starts with / (e.g. /data/price).</source>
        <translation>Ein JSON Pointer beginnt mit / (z. B. /data/price).</translation>
    </message>
    <message>
        <source>In a JSON Pointer, ~ must be followed by 0 (for ~) or 1 (for /).</source>
        <translation>In einem JSON Pointer muss auf ~ eine 0 (für ~) oder 1 (für /) folgen.</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: the port must be a number from 1 to 65535.</source>
        <translation>Port 0 ist nicht verbindbar: der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>FeedConnection</name>
    <message>
        <source>TLS certificate refused: %1</source>
        <translation>TLS-Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>vom Benutzer geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>open (subprotocol %1)</source>
        <translation>offen (Subprotokoll %1)</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>Verbindung geschlossen (Code %1)</translation>
    </message>
    <message>
        <source>connection closed (code %1: %2)</source>
        <translation>Verbindung geschlossen (Code %1: %2)</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>a message larger than the cap of %1 bytes was refused (close code 1009)</source>
        <translation>eine Nachricht über der Grenze von %1 Bytes wurde abgelehnt (Close-Code 1009)</translation>
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation>Verbindung ohne Close-Frame verloren</translation>
    </message>
    <message>
        <source>no pong for %1 s</source>
        <translation>seit %1 s kein Pong</translation>
    </message>
    <message>
        <source>no answer to the WebSocket handshake within %1 s</source>
        <translation>keine Antwort auf den WebSocket-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>proxy %1:%2: the proxy asks for credentials (407 Proxy Authentication Required)</source>
        <translation>Proxy %1:%2: Der Proxy verlangt Zugangsdaten (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <source>handshake step %1 of %2: waiting for %3</source>
        <translation>Handshake-Schritt %1 von %2: warte auf %3</translation>
    </message>
    <message>
        <source>handshake step %1 refused: %2</source>
        <translation>Handshake-Schritt %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>handshake step %1: no reply matching %2 within %3 s</source>
        <translation>Handshake-Schritt %1: keine Antwort passend zu %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation>Proxy %1: %2</translation>
    </message>
    <message>
        <source>secret %1 has no value: enter it in the profile editor or set %2</source>
        <translation>Geheimnis %1 hat keinen Wert: im Profileditor eingeben oder %2 setzen</translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Values of secret headers are kept in the system keychain (or a file only you can read), never in the profile file.</source>
        <translation>Werte geheimer Header werden im Schlüsselbund des Systems (oder einer nur für Sie lesbaren Datei) gespeichert, nie in der Profildatei.</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. json, v2.stream</source>
        <translation>durch Kommas getrennt, z. B. json, v2.stream</translation>
    </message>
    <message>
        <source>Sub&amp;protocols:</source>
        <translation>Sub&amp;protokolle:</translation>
    </message>
    <message>
        <source>one message per line, sent after every (re)connect</source>
        <translation>eine Nachricht je Zeile, nach jedem (erneuten) Verbinden gesendet</translation>
    </message>
    <message>
        <source>&amp;Subscribe messages:</source>
        <translation>&amp;Abonnement-Nachrichten:</translation>
    </message>
    <message>
        <source>JSON Pointers (RFC 6901), relative to the root. Leave Fields empty to chart every numeric value.</source>
        <translation>JSON Pointer (RFC 6901), relativ zur Wurzel. Felder leer lassen, um jeden numerischen Wert zu zeichnen.</translation>
    </message>
    <message>
        <source>&amp;Root:</source>
        <translation>&amp;Wurzel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>one pointer per line, e.g. /p</source>
        <translation>ein Pointer je Zeile, z. B. /p</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Felder:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Discover from Live Messages…</source>
        <translation>Aus Live-Nachrichten &amp;ermitteln…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no pings</source>
        <translation>keine Pings</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Reconnect: &amp;first delay:</source>
        <translation>Neu verbinden: &amp;erste Wartezeit:</translation>
    </message>
    <message>
        <source>Reconnect: &amp;longest delay:</source>
        <translation>Neu verbinden: &amp;längste Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>&amp;Ping alle:</translation>
    </message>
    <message>
        <source>Mark &amp;stale after:</source>
        <translation>Als &amp;veraltet markieren nach:</translation>
    </message>
    <message>
        <source>Most &amp;series:</source>
        <translation>Höchstens &amp;Reihen:</translation>
    </message>
    <message>
        <source>&amp;Ignore TLS certificate errors</source>
        <translation>TLS-Zertifikatsfehler &amp;ignorieren</translation>
    </message>
    <message>
        <source>Warning: anyone between you and the server can read and change this feed. Use only for test servers with self-signed certificates.</source>
        <translation>Warnung: Jeder zwischen Ihnen und dem Server kann diesen Feed lesen und verändern. Nur für Testserver mit selbstsignierten Zertifikaten verwenden.</translation>
    </message>
    <message>
        <source>The feed needs a name.</source>
        <translation>Der Feed braucht einen Namen.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>The longest reconnect delay is shorter than the first.</source>
        <translation>Die längste Wartezeit zum Neuverbinden ist kürzer als die erste.</translation>
    </message>
    <message>
        <source>Se&amp;crets:</source>
        <translation>Ge&amp;heimnisse:</translation>
    </message>
    <message>
        <source>system (the environment&apos;s or the desktop&apos;s settings)</source>
        <translation>system (Einstellungen der Umgebung oder des Desktops)</translation>
    </message>
    <message>
        <source>none, system, http://[user@]host:port or socks5://[user@]host:port; a password only as ${secret:NAME}, e.g. http://alice:${secret:PROXY_PASSWORD}@proxy:3128</source>
        <translation>none, system, http://[user@]host:port oder socks5://[user@]host:port; ein Passwort nur als ${secret:NAME}, z. B. http://alice:${secret:PROXY_PASSWORD}@proxy:3128</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
</context>
<context>
    <name>FeedStatusBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Frames: %1</source>
        <translation>Frames: %1</translation>
    </message>
    <message>
        <source>Decode errors: %1</source>
        <translation>Dekodierfehler: %1</translation>
    </message>
    <message>
        <source>No feeds</source>
        <translation>Keine Feeds</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Active alerts: %1</source>
        <translation>Aktive Alarme: %1</translation>
    </message>
    <message>
        <source>Worst active severity: %1</source>
        <translation>Höchster aktiver Schweregrad: %1</translation>
    </message>
</context>
<context>
    <name>FeedsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>open, silent</source>
        <translation>offen, still</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>neuer Versuch um %1</translation>
    </message>
    <message>
        <source>subprotocol %1</source>
        <translation>Subprotokoll %1</translation>
    </message>
    <message>
        <source>%1 binary frames</source>
        <translation>%1 Binär-Frames</translation>
    </message>
    <message>
        <source>%1 samples over the series cap</source>
        <translation>%1 Messwerte über der Reihengrenze</translation>
    </message>
    <message>
        <source>%1 oversize frames refused</source>
        <translation>%1 übergroße Frames abgewiesen</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Decode errors</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1
TLS certificates are not verified for this feed (the profile opted out): the server&apos;s identity is not checked.</source>
        <translation>%1
TLS-Zertifikate werden für diesen Feed nicht geprüft (das Profil hat dies abgeschaltet): Die Identität des Servers wird nicht überprüft.</translation>
    </message>
    <message>
        <source>certificates not verified</source>
        <translation>Zertifikate nicht geprüft</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Feed to send the message to</source>
        <translation>Feed, an den die Nachricht geht</translation>
    </message>
    <message>
        <source>Message to send, e.g. a subscription in JSON</source>
        <translation>Zu sendende Nachricht, z. B. ein Abonnement in JSON</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this feed&apos;s connection and decoding in the profile editor</source>
        <translation>Verbindung und Dekodierung dieses Feeds im Profileditor ändern</translation>
    </message>
</context>
<context>
    <name>GaugeView</name>
    <message>
        <source>Check a series in the list to see it on a gauge</source>
        <translation>Eine Reihe in der Liste auswählen, um sie auf einem Zeigerinstrument zu sehen</translation>
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
        <translation>Demo kann nicht starten</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>FeedBoard User Guide</source>
        <translation>FeedBoard-Handbuch</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Check a series in the list to see how its values are distributed</source>
        <translation>Eine Reihe in der Liste auswählen, um die Verteilung ihrer Werte zu sehen</translation>
    </message>
</context>
<context>
    <name>IngestEngine</name>
    <message>
        <source>message not sent: the feed is not open</source>
        <translation>Nachricht nicht gesendet: der Feed ist nicht offen</translation>
    </message>
    <message>
        <source>series cap of %1 reached: refused %2 (%3 samples refused so far)</source>
        <translation>Grenze von %1 Reihen erreicht: %2 abgelehnt (bisher %3 Werte abgelehnt)</translation>
    </message>
    <message>
        <source>stale: no data for %1 s</source>
        <translation>veraltet: seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>LatestValuesModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Diff.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>LatestValuesPanel</name>
    <message>
        <source>Add &amp;Alert…</source>
        <translation>&amp;Alarm hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Derive…</source>
        <translation>&amp;Ableiten…</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Ungültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Show only records at or above this level</source>
        <translation>Nur Einträge ab dieser Stufe anzeigen</translation>
    </message>
    <message>
        <source>Filter messages and feeds</source>
        <translation>Nachrichten und Feeds filtern</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>All feeds</source>
        <translation>Alle Feeds</translation>
    </message>
    <message>
        <source>Show only records of this feed</source>
        <translation>Nur Einträge dieses Feeds zeigen</translation>
    </message>
    <message>
        <source>Read the filter text as a regular expression</source>
        <translation>Filtertext als regulären Ausdruck lesen</translation>
    </message>
    <message>
        <source>Oldest records removed from the bounded log store</source>
        <translation>Älteste Einträge, die aus dem begrenzten Protokollspeicher entfernt wurden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten</translation>
    </message>
    <message>
        <source>Scroll to the newest record and keep following new ones</source>
        <translation>Zum neuesten Eintrag blättern und neuen Einträgen weiter folgen</translation>
    </message>
    <message>
        <source>%1 — no rows shown until it is fixed.</source>
        <translation>%1 – keine Zeilen, bis er korrigiert ist.</translation>
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
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FeedBoard</source>
        <translation>&amp;Über FeedBoard</translation>
    </message>
    <message>
        <source>About FeedBoard</source>
        <translation>Über FeedBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FeedBoard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for live WebSocket feeds: charts of the numeric fields, a log of the log records, captures and exports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FeedBoard %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Dashboard für Live-WebSocket-Feeds: Diagramme der numerischen Felder, ein Protokoll der Log-Einträge, Mitschnitte und Exporte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search series</source>
        <translation>Reihen suchen</translation>
    </message>
    <message>
        <source>Latest Values</source>
        <translation>Aktuelle Werte</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Add Chart</source>
        <translation>Diagramm &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Chart</source>
        <translation>Diagramm &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>&amp;Anhalten / Fortsetzen</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Find Series</source>
        <translation>Reihe &amp;suchen</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <source>Filter &amp;Log</source>
        <translation>&amp;Protokoll filtern</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes when FeedBoard is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von FeedBoard.</translation>
    </message>
    <message>
        <source>Message Inspector</source>
        <translation>Nachrichteninspektor</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Add &amp;Marker…</source>
        <translation>&amp;Markierung hinzufügen…</translation>
    </message>
    <message>
        <source>Add Marker</source>
        <translation>Markierung hinzufügen</translation>
    </message>
    <message>
        <source>Marker text:</source>
        <translation>Text der Markierung:</translation>
    </message>
    <message>
        <source>Reading the zoomed stretch back from the capture…</source>
        <translation>Der gezoomte Abschnitt wird aus der Aufzeichnung gelesen…</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Feed whose frames are shown</source>
        <translation>Feed, dessen Frames gezeigt werden</translation>
    </message>
    <message>
        <source>Select a frame to see it here</source>
        <translation>Einen Frame auswählen, um ihn hier zu sehen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Log record: %1 %2</source>
        <translation>Protokolleintrag: %1 %2</translation>
    </message>
    <message>
        <source>Decode error: %1</source>
        <translation>Dekodierfehler: %1</translation>
    </message>
    <message>
        <source>Pause list</source>
        <translation>Liste anhalten</translation>
    </message>
    <message>
        <source>Hold the list still; the feed goes on and new frames appear when you resume</source>
        <translation>Liste anhalten; der Feed läuft weiter, neue Frames erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>Resume list</source>
        <translation>Liste fortsetzen</translation>
    </message>
    <message>
        <source>This frame has left the list (it keeps the newest %1); its details stay here.</source>
        <translation>Dieser Frame ist nicht mehr in der Liste (sie behält die neuesten %1); seine Details bleiben hier.</translation>
    </message>
</context>
<context>
    <name>OutageBands</name>
    <message>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>OverwritePrompt</name>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>PanelSettingsBar</name>
    <message>
        <source>1 s</source>
        <translation>1 s</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>A field of the same feed and key summed into volume bars</source>
        <translation>Ein Feld desselben Feeds und Schlüssels, zu Volumenbalken summiert</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>How many of the newest points the trail shows</source>
        <translation>Wie viele der neuesten Punkte die Spur zeigt</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Trail:</source>
        <translation>Spur:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Auto: Freedman-Diaconis, or Sturges when the values hardly spread</source>
        <translation>Automatisch: Freedman-Diaconis, oder Sturges, wenn die Werte kaum streuen</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Auto range</source>
        <translation>Bereich automatisch</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>Min:</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>Max:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>1st checked series</source>
        <translation>1. ausgewählte Reihe</translation>
    </message>
    <message>
        <source>2nd checked series</source>
        <translation>2. ausgewählte Reihe</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add Feed</source>
        <translation>Feed &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation>Feed &amp;entfernen</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>Feed %1</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one feed.</source>
        <translation>Fügen Sie mindestens einen Feed hinzu.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2</source>
        <translation>Feed „%1“: %2</translation>
    </message>
    <message>
        <source>Two feeds are named &quot;%1&quot;.</source>
        <translation>Zwei Feeds heißen „%1“.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <source>&amp;Derived</source>
        <translation>A&amp;bgeleitet</translation>
    </message>
</context>
<context>
    <name>RawFramesModel</name>
    <message>
        <source>binary: %1</source>
        <translation>binär: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>New Profile from Template</source>
        <translation>Neues Profil aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Edit and Save…</source>
        <translation>&amp;Bearbeiten und speichern…</translation>
    </message>
    <message>
        <source>Ready profiles for public feeds. The profile editor opens on the one you pick: enter its secrets, change symbols or hosts, and save it under a name of yours.</source>
        <translation>Fertige Profile für öffentliche Feeds. Der Profileditor öffnet sich mit dem gewählten: Geheimnisse eingeben, Symbole oder Hosts ändern und unter einem eigenen Namen speichern.</translation>
    </message>
    <message>
        <source>Format as documented at</source>
        <translation>Format wie dokumentiert unter</translation>
    </message>
</context>
<context>
    <name>Recipes</name>
    <message>
        <source>Binance: trades (combined streams)</source>
        <translation>Binance: Trades (kombinierte Streams)</translation>
    </message>
    <message>
        <source>Every trade of BTCUSDT and ETHUSDT: price and quantity per symbol, at the trade time. Change the streams in the URL for other symbols. No key needed.</source>
        <translation>Jeder Trade von BTCUSDT und ETHUSDT: Preis und Menge je Symbol, zur Handelszeit. Für andere Symbole die Streams in der URL ändern. Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Coinbase Exchange: ticker</source>
        <translation>Coinbase Exchange: Ticker</translation>
    </message>
    <message>
        <source>Last price, best bid and ask and last size of BTC-USD and ETH-USD, after a subscribe message. Change product_ids for other products. No key needed.</source>
        <translation>Letzter Preis, bestes Gebot und bester Briefkurs sowie letzte Größe von BTC-USD und ETH-USD, nach einer Abonnement-Nachricht. Für andere Produkte product_ids ändern. Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Kraken: ticker (WebSocket v1)</source>
        <translation>Kraken: Ticker (WebSocket v1)</translation>
    </message>
    <message>
        <source>Last trade price, best bid, best ask and 24-hour volume of XBT/USD and ETH/USD, read from Kraken&apos;s positional arrays (/1/c/0 is the last price). No key needed.</source>
        <translation>Letzter Handelspreis, bestes Gebot, bester Briefkurs und 24-Stunden-Volumen von XBT/USD und ETH/USD, gelesen aus Krakens Positions-Arrays (/1/c/0 ist der letzte Preis). Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Finnhub: trades</source>
        <translation>Finnhub: Trades</translation>
    </message>
    <message>
        <source>Trades of AAPL and BINANCE:BTCUSDT, batched under /data. Needs your Finnhub API token as the secret FINNHUB_TOKEN.</source>
        <translation>Trades von AAPL und BINANCE:BTCUSDT, gebündelt unter /data. Benötigt Ihr Finnhub-API-Token als Geheimnis FINNHUB_TOKEN.</translation>
    </message>
    <message>
        <source>Alpaca: stock trades</source>
        <translation>Alpaca: Aktien-Trades</translation>
    </message>
    <message>
        <source>Trades of AAPL and MSFT from the IEX feed, after logging in with an auth message. Needs the secrets APCA_API_KEY_ID and APCA_API_SECRET_KEY.</source>
        <translation>Trades von AAPL und MSFT aus dem IEX-Feed, nach der Anmeldung mit einer Auth-Nachricht. Benötigt die Geheimnisse APCA_API_KEY_ID und APCA_API_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Home Assistant: state changes</source>
        <translation>Home Assistant: Zustandsänderungen</translation>
    </message>
    <message>
        <source>Every numeric entity state (sensors) as it changes, after Home Assistant&apos;s login handshake. Needs a long-lived access token as the secret HA_TOKEN; change the host in the URL. States that are not numbers (on, off) are counted as decode errors.</source>
        <translation>Jeder numerische Entitätszustand (Sensoren) bei jeder Änderung, nach dem Anmelde-Handshake von Home Assistant. Benötigt ein langlebiges Zugriffstoken als Geheimnis HA_TOKEN; den Host in der URL ändern. Zustände, die keine Zahlen sind (on, off), zählen als Dekodierfehler.</translation>
    </message>
    <message>
        <source>Grafana Loki: tail logs</source>
        <translation>Grafana Loki: Logs verfolgen (tail)</translation>
    </message>
    <message>
        <source>Every log line of the query {job=&quot;varlogs&quot;} as it arrives, at its own time, the level from the stream&apos;s level label or the line&apos;s text. Change the host and the query (URL-encoded) in the URL.</source>
        <translation>Jede Logzeile der Abfrage {job=&quot;varlogs&quot;} bei ihrem Eintreffen, zu ihrer eigenen Zeit, die Stufe aus dem level-Label des Streams oder aus dem Text der Zeile. Host und Abfrage (URL-kodiert) in der URL ändern.</translation>
    </message>
    <message>
        <source>Socket.IO: event stream</source>
        <translation>Socket.IO: Ereignisstrom</translation>
    </message>
    <message>
        <source>The &quot;trade&quot; events of a Socket.IO server (Engine.IO 4), such as a Node.js dashboard backend: price and size per symbol from each event&apos;s first argument. The namespace connect sends the secret SOCKETIO_TOKEN as its auth token. Change the host, namespace, events and pointers.</source>
        <translation>Die &quot;trade&quot;-Ereignisse eines Socket.IO-Servers (Engine.IO 4), etwa eines Node.js-Dashboard-Backends: Preis und Größe je Symbol aus dem ersten Argument jedes Ereignisses. Die Namespace-Verbindung sendet das Geheimnis SOCKETIO_TOKEN als Auth-Token. Host, Namespace, Ereignisse und Pointer anpassen.</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
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
        <translation>Max.</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Position in the capture</source>
        <translation>Position in der Aufzeichnung</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>SecretsEdit</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Bezogen aus</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>noch nirgends</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>No value for %1: the feed will not connect until one is entered here or set in the environment.</source>
        <translation>Kein Wert für %1: Der Feed verbindet sich erst, wenn hier einer eingegeben oder in der Umgebung gesetzt ist.</translation>
    </message>
    <message>
        <source>${secret:NAME} in the URL, a header or a message keeps a token out of the profile: its value is kept in the keychain, or comes from FEEDBOARD_SECRET_NAME.</source>
        <translation>${secret:NAME} in der URL, einem Header oder einer Nachricht hält ein Token aus dem Profil heraus: Sein Wert liegt im Schlüsselbund oder kommt aus FEEDBOARD_SECRET_NAME.</translation>
    </message>
</context>
<context>
    <name>SeriesList</name>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Capture off</source>
        <translation>Aufzeichnung aus</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent &amp;Profiles</source>
        <translation>Zuletzt verwendete &amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Profile for Sharing…</source>
        <translation>Profil zum Teilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Capture for Replay…</source>
        <translation>Aufzeichnung zur &amp;Wiedergabe öffnen…</translation>
    </message>
    <message>
        <source>&amp;Record Capture</source>
        <translation>Aufzeichnung &amp;mitschreiben</translation>
    </message>
    <message>
        <source>Capture on</source>
        <translation>Aufzeichnung an</translation>
    </message>
    <message>
        <source>Capture paused</source>
        <translation>Aufzeichnung pausiert</translation>
    </message>
    <message>
        <source>Capture &amp;File…</source>
        <translation>Aufzeichnungs&amp;datei…</translation>
    </message>
    <message>
        <source>Capture: %1</source>
        <translation>Aufzeichnung: %1</translation>
    </message>
    <message>
        <source>Capture paused: %1</source>
        <translation>Aufzeichnung pausiert: %1</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Cannot Open Profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Cannot Import Profile</source>
        <translation>Profil kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importiert als %1</translation>
    </message>
    <message>
        <source>Profile to Export</source>
        <translation>Zu exportierendes Profil</translation>
    </message>
    <message>
        <source>Cannot Export Profile</source>
        <translation>Profil kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Profile for Sharing</source>
        <translation>Profil zum Teilen exportieren</translation>
    </message>
    <message>
        <source>Exported without secret header values: %1</source>
        <translation>Ohne geheime Header-Werte exportiert: %1</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Captures (*.jsonl *.zst);;All Files (*)</source>
        <translation>Aufzeichnungen (*.jsonl *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Capture File</source>
        <translation>Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>Captures (*.jsonl *.zst)</source>
        <translation>Aufzeichnungen (*.jsonl *.zst)</translation>
    </message>
    <message>
        <source>Cannot Record Capture</source>
        <translation>Aufzeichnung nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>E&amp;dit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Cannot Open Capture</source>
        <translation>Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No capture this session: %1</source>
        <translation>Keine Aufzeichnung in dieser Sitzung: %1</translation>
    </message>
    <message>
        <source>feed 1</source>
        <translation>Feed 1</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Profile saved: %1</source>
        <translation>Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s layout could not be restored.</source>
        <translation>Die Anordnung des Profils konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>The layout was not saved with the profile: %1</source>
        <translation>Das Layout wurde nicht im Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>Capture &amp;Retention…</source>
        <translation>Aufzeichnungen &amp;aufbewahren…</translation>
    </message>
    <message>
        <source>no size limit</source>
        <translation>ohne Größengrenze</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no age limit</source>
        <translation>ohne Altersgrenze</translation>
    </message>
    <message>
        <source>%1
Default captures kept: up to %2 in total, %3 (Settings ▸ Capture Retention…)</source>
        <translation>%1
Standard-Aufzeichnungen behalten: insgesamt bis %2, %3 (Einstellungen ▸ Aufzeichnungen aufbewahren…)</translation>
    </message>
    <message>
        <source>Capture Retention</source>
        <translation>Aufzeichnungen aufbewahren</translation>
    </message>
    <message>
        <source>Oldest default captures in %1 are removed when a session starts.</source>
        <translation>Die ältesten Standard-Aufzeichnungen in %1 werden beim Start einer Sitzung entfernt.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Total &amp;size:</source>
        <translation>&amp;Gesamtgröße:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>New Profile from &amp;Template…</source>
        <translation>Neues Profil aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Cannot Open Template</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>SessionSwitcher</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SocketIoClient</name>
    <message>
        <source>socket.io: the server closed the Engine.IO session</source>
        <translation>socket.io: der Server hat die Engine.IO-Sitzung beendet</translation>
    </message>
    <message>
        <source>socket.io: the server refused namespace %1: %2</source>
        <translation>socket.io: der Server hat den Namespace %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>socket.io: the server closed namespace %1</source>
        <translation>socket.io: der Server hat den Namespace %1 geschlossen</translation>
    </message>
    <message>
        <source>socket.io: nothing from the server for %1 s (its ping interval and timeout)</source>
        <translation>socket.io: seit %1 s nichts vom Server (Ping-Intervall plus Timeout des Servers)</translation>
    </message>
    <message>
        <source>socket.io: no answer to the namespace connect within %1 s</source>
        <translation>socket.io: keine Antwort auf die Namespace-Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>socket.io: connecting namespace %1</source>
        <translation>socket.io: verbinde Namespace %1</translation>
    </message>
</context>
<context>
    <name>SocketIoFraming</name>
    <message>
        <source>unexpected Engine.IO open packet</source>
        <translation>unerwartetes Engine.IO-Open-Paket</translation>
    </message>
    <message>
        <source>an empty frame is not an Engine.IO packet</source>
        <translation>ein leerer Frame ist kein Engine.IO-Paket</translation>
    </message>
    <message>
        <source>the Engine.IO open packet does not hold a JSON object</source>
        <translation>das Engine.IO-Open-Paket enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown Engine.IO packet type &quot;%1&quot;</source>
        <translation>unbekannter Engine.IO-Pakettyp „%1“</translation>
    </message>
    <message>
        <source>unknown Socket.IO packet type &quot;%1&quot;</source>
        <translation>unbekannter Socket.IO-Pakettyp „%1“</translation>
    </message>
    <message>
        <source>binary events (with attachments) are not supported</source>
        <translation>binäre Events (mit Anhängen) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the event is not a JSON array that starts with its name</source>
        <translation>das Event ist kein JSON-Array, das mit seinem Namen beginnt</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to FeedBoard&lt;/h2&gt;&lt;p&gt;Chart and log live WebSocket feeds. No feed is open yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei FeedBoard&lt;/h2&gt;&lt;p&gt;Live-WebSocket-Feeds als Diagramm und Log. Noch ist kein Feed geöffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Built-in stock ticks and service logs on 127.0.0.1</source>
        <translation>Eingebaute Kursdaten und Dienst-Logs auf 127.0.0.1</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Enter a feed&apos;s URL and discover its fields</source>
        <translation>URL eines Feeds eingeben und seine Felder ermitteln</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>Profil öffnen…</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Replay a recorded session</source>
        <translation>Eine aufgezeichnete Sitzung abspielen</translation>
    </message>
    <message>
        <source>Recent profiles:</source>
        <translation>Zuletzt benutzte Profile:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>New profile from a template…</source>
        <translation>Neues Profil aus einer Vorlage…</translation>
    </message>
    <message>
        <source>Binance, Coinbase, Kraken, Finnhub, Alpaca, Home Assistant, Loki, Socket.IO…</source>
        <translation>Binance, Coinbase, Kraken, Finnhub, Alpaca, Home Assistant, Loki, Socket.IO…</translation>
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
        <translation>%1 (%2%3 %)</translation>
    </message>
</context>
<context>
    <name>StatTilesView</name>
    <message>
        <source>Check series in the list: each gets a tile</source>
        <translation>Reihen in der Liste auswählen: jede bekommt eine Kachel</translation>
    </message>
</context>
<context>
    <name>WsClientSocket</name>
    <message>
        <source>TLS is not available on this system (wss:// needs OpenSSL)</source>
        <translation>TLS ist auf diesem System nicht verfügbar (wss:// braucht OpenSSL)</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the WebSocket handshake is not HTTP</source>
        <translation>die Antwort des Servers auf den WebSocket-Handshake ist kein HTTP</translation>
    </message>
    <message>
        <source>the server refused the WebSocket upgrade: HTTP %1</source>
        <translation>der Server hat das WebSocket-Upgrade abgelehnt: HTTP %1</translation>
    </message>
    <message>
        <source>its Upgrade header is not websocket</source>
        <translation>ihr Upgrade-Header ist nicht websocket</translation>
    </message>
    <message>
        <source>its Connection header is not Upgrade</source>
        <translation>ihr Connection-Header ist nicht Upgrade</translation>
    </message>
    <message>
        <source>its Sec-WebSocket-Accept does not match the key sent</source>
        <translation>ihr Sec-WebSocket-Accept passt nicht zum gesendeten Schlüssel</translation>
    </message>
    <message>
        <source>it agreed to an extension that was not offered</source>
        <translation>sie vereinbart eine Erweiterung, die nicht angeboten wurde</translation>
    </message>
    <message>
        <source>it chose subprotocol %1, which was not offered</source>
        <translation>sie wählt das Subprotokoll %1, das nicht angeboten wurde</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the WebSocket handshake is wrong: %1</source>
        <translation>die Antwort des Servers auf den WebSocket-Handshake ist falsch: %1</translation>
    </message>
    <message>
        <source>a message larger than %1 bytes</source>
        <translation>eine Nachricht größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the server began a message inside a fragmented one</source>
        <translation>der Server hat eine Nachricht innerhalb einer fragmentierten begonnen</translation>
    </message>
    <message>
        <source>the server continued a message it never began</source>
        <translation>der Server hat eine Nachricht fortgesetzt, die er nie begonnen hat</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a text message</source>
        <translation>ungültiges UTF-8 in einer Textnachricht</translation>
    </message>
    <message>
        <source>the server sent a malformed close frame</source>
        <translation>der Server hat einen fehlerhaften Close-Frame gesendet</translation>
    </message>
</context>
<context>
    <name>WsFrameCodec</name>
    <message>
        <source>the server set reserved bits of a frame (no extension was agreed)</source>
        <translation>der Server hat reservierte Bits eines Frames gesetzt (keine Erweiterung vereinbart)</translation>
    </message>
    <message>
        <source>the server sent a frame of unknown type %1</source>
        <translation>der Server hat einen Frame unbekannten Typs %1 gesendet</translation>
    </message>
    <message>
        <source>the server sent a masked frame</source>
        <translation>der Server hat einen maskierten Frame gesendet</translation>
    </message>
    <message>
        <source>the server sent a frame length with its top bit set</source>
        <translation>der Server hat eine Frame-Länge mit gesetztem höchstem Bit gesendet</translation>
    </message>
    <message>
        <source>the server sent a fragmented or oversized control frame</source>
        <translation>der Server hat einen fragmentierten oder zu großen Steuer-Frame gesendet</translation>
    </message>
</context>
<context>
    <name>XYView</name>
    <message>
        <source>Check two series in the list (or choose X and Y) to plot one against the other</source>
        <translation>Zwei Reihen in der Liste auswählen (oder X und Y wählen), um eine gegen die andere aufzutragen</translation>
    </message>
</context>
</TS>
