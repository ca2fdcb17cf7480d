#pragma once

#include <QString>

// Names copied into every record the decode thread makes (a log record's feed). A shared
// QString's copy is an atomic increment of its reference count, and the GUI thread, dropping
// older records, decrements the same count: the two cores passed its cache line back and
// forth for every record (a tenth of a JSON log feed's decoding). The QString returned here
// is over text that is kept for the life of the process, so its copies count nothing.
// Distinct names are few (feeds of a session), and each is kept once.
namespace StableName {
QString of(const QString &name);
}
