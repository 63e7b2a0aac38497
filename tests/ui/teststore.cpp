#include "teststore.h"

#include "mainwindow.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>

namespace rumscope::test {

QString writeGeneratedStore(const QString &path, const GeneratorOptions &options)
{
    {
        Result<Store> store = Store::open(path, Store::Mode::ReadWrite);
        if (!store)
            return store.error().message;
    }
    Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(path);
    if (!writer)
        return writer.error().message;
    TrafficGenerator generator(options);
    WriteBatch batch;
    bool more = true;
    while (more) {
        more = generator.nextSession(batch.records);
        if (batch.records.size() >= 20000 || (!more && !batch.empty())) {
            if (!writer.value()->submit(std::move(batch)))
                break;
            batch = writer.value()->takeEmptyBatch();
        }
    }
    return writer.value()->flush().lastError;
}

GeneratorOptions monthOfTraffic(qint64 sessions, quint64 seed)
{
    GeneratorOptions options;
    options.sessions = sessions;
    options.seed = seed;
    options.days = 30;
    options.endTime = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return options;
}

std::unique_ptr<MainWindow> shownWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    return window;
}

QJsonObject cliJson(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RUMSCOPE_BIN_DIR "/rumscope-cli"), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "rumscope-cli" << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning() << "rumscope-cli" << arguments << "printed no JSON:" << parseError.errorString();
    return document.object();
}

} // namespace rumscope::test
