#pragma once
// Writes a store of synthetic traffic for GUI tests and screenshots.

#include "generate/trafficgenerator.h"

#include <QString>

namespace rumscope::test {

/// Generates options.sessions sessions into a new store at path; returns an error message, or
/// an empty string on success.
QString writeGeneratedStore(const QString &path, const GeneratorOptions &options);

} // namespace rumscope::test
