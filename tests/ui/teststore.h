#pragma once
// Writes a store of synthetic traffic for GUI tests and screenshots.

#include "generate/trafficgenerator.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace rumscope {
class MainWindow;
}

namespace rumscope::test {

/// Generates options.sessions sessions into a new store at path; returns an error message, or
/// an empty string on success.
QString writeGeneratedStore(const QString &path, const GeneratorOptions &options);

/// A month of synthetic traffic ending on 1 March 2025 UTC: the same store on every run.
GeneratorOptions monthOfTraffic(qint64 sessions, quint64 seed);

/// A main window of 1400 × 900, shown: the size the GUI tests lay their pages out at.
std::unique_ptr<MainWindow> shownWindow();

/// Runs rumscope-cli (built beside the tests) and returns the JSON it printed; an empty object,
/// with a warning, when it fails or prints none.
QJsonObject cliJson(const QStringList &arguments);

} // namespace rumscope::test
