#pragma once

#include <QMetaType>
#include <QString>

// The identity of one series: feed name, key value (empty without a key) and field pointer.
struct SeriesInfo
{
    int id = -1;
    QString feed;
    QString key;
    QString field;

    // A readable name for legends and lists: "feed key field" without the empty parts.
    QString displayName() const;
};
Q_DECLARE_METATYPE(SeriesInfo)
