#include "alerts/alertevent.h"

#include "capture/textformat.h"

#include <QDateTime>

namespace {
// Values in the line never contain spaces (contract), as in the stats line.
QByteArray token(const QString &text)
{
    return TextFormat::lineToken(text);
}
} // namespace

QString AlertEvent::stateName() const
{
    switch (state) {
    case State::Firing:
        return QStringLiteral("firing");
    case State::Resolved:
        return QStringLiteral("resolved");
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return QString();
}

QByteArray AlertEvent::contractLine() const
{
    QByteArray line = "state=" + stateName().toUtf8() + " rule=" + token(rule)
        + " severity=" + alertSeverityName(severity).toUtf8();
    if (!feed.isEmpty())
        line += " feed=" + token(feed);
    if (!key.isEmpty())
        line += " key=" + token(key);
    if (!field.isEmpty())
        line += " field=" + token(field);
    if (hasValue())
        line += " value=" + TextFormat::formatNumber(value);
    line += " time=" + TextFormat::isoTimeFromMs(dataTimeMs);
    return line;
}

std::optional<AlertEvent> AlertEvent::fromContractLine(const QString &line)
{
    AlertEvent event;
    bool haveState = false;
    bool haveRule = false;
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (name == QLatin1String("state")) {
            for (State s : { State::Firing, State::Resolved, State::Acknowledged }) {
                event.state = s;
                if (event.stateName() == value) {
                    haveState = true;
                    break;
                }
            }
        } else if (name == QLatin1String("rule")) {
            event.rule = value;
            haveRule = !value.isEmpty();
        } else if (name == QLatin1String("severity")) {
            event.severity = parseAlertSeverity(value).value_or(AlertSeverity::Warning);
        } else if (name == QLatin1String("feed")) {
            event.feed = value;
        } else if (name == QLatin1String("key")) {
            event.key = value;
        } else if (name == QLatin1String("field")) {
            event.field = value;
        } else if (name == QLatin1String("value")) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok)
                event.value = v;
        } else if (name == QLatin1String("time")) {
            const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (time.isValid())
                event.dataTimeMs = double(time.toMSecsSinceEpoch());
        }
    }
    if (!haveState || !haveRule)
        return std::nullopt;
    return event;
}
