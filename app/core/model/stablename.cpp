#include "model/stablename.h"

#include <QHash>

#include <mutex>

namespace StableName {

QString of(const QString &name)
{
    if (name.isEmpty())
        return QString();
    static std::mutex mutex;
    // Never destroyed: a record may outlive every other static (the texts must stay).
    static auto *kept = new QHash<QString, QString>();
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = kept->constFind(name);
    if (it == kept->constEnd()) {
        // A copy of its own, never detached or freed: the raw strings point into it.
        QString own(name.constData(), name.size());
        it = kept->insert(own, own);
    }
    return QString::fromRawData(it.value().constData(), it.value().size());
}

} // namespace StableName
