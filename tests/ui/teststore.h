#pragma once
// Writes a store of synthetic traffic for GUI tests and screenshots.

#include "generate/trafficgenerator.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rumscope::test {

/// Generates options.sessions sessions into a new store at path; returns an error message, or
/// an empty string on success.
QString writeGeneratedStore(const QString &path, const GeneratorOptions &options);

/// Runs rumscope-cli (built beside the tests) and returns the JSON it printed; an empty object,
/// with a warning, when it fails or prints none.
QJsonObject cliJson(const QStringList &arguments);

} // namespace rumscope::test
