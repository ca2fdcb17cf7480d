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
    <name>SeriesList</name>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
</context>
</TS>
