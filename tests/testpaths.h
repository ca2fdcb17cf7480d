#pragma once

#include <QString>

// Where the tests find the built app, their data and the source tree. Compiled into one small
// library (testpaths.cpp) instead of every test, so that test objects carry no absolute path
// and ccache reuses them in a clone at another folder (CI's).
namespace TestPaths {
// The built feedboard executable.
QString binary();
// A file under tests/data; `relative` starts with '/'.
QString data(const char *relative);
// A file of the source tree; `relative` starts with '/'.
QString source(const char *relative);
} // namespace TestPaths
