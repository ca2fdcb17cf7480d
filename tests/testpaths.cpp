#include "testpaths.h"

namespace TestPaths {
QString binary()
{
    return QStringLiteral(FEEDBOARD_BINARY);
}

QString data(const char *relative)
{
    return QStringLiteral(FEEDBOARD_TEST_DATA) + QString::fromUtf8(relative);
}

QString source(const char *relative)
{
    return QStringLiteral(FEEDBOARD_SOURCE_DIR) + QString::fromUtf8(relative);
}
} // namespace TestPaths
