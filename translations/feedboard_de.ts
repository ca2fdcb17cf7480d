<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Cannot render the chart.</source>
        <translation>Das Diagramm kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Last &amp;10 Seconds</source>
        <translation>Letzte &amp;10 Sekunden</translation>
    </message>
    <message>
        <source>Last &amp;Minute</source>
        <translation>Letzte &amp;Minute</translation>
    </message>
    <message>
        <source>Last &amp;5 Minutes</source>
        <translation>Letzte &amp;5 Minuten</translation>
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
    <name>SeriesList</name>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
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
        <source>Cannot Start FeedBoard</source>
        <translation>FeedBoard kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
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
        <source>Captures (*.jsonl);;All Files (*)</source>
        <translation>Aufzeichnungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Capture File</source>
        <translation>Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>Captures (*.jsonl)</source>
        <translation>Aufzeichnungen (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot Record Capture</source>
        <translation>Aufzeichnung nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
</TS>
