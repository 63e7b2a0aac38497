#include "filekind.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace rumscope {

FileKind fileKindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"rumscope" || suffix == u"sqlite" || suffix == u"sqlite3" || suffix == u"db")
        return FileKind::Store;
    if (suffix == u"ndjson" || suffix == u"jsonl" || suffix == u"json")
        return FileKind::Beacons;
    return FileKind::Other;
}

QStringList acceptedLocalFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && fileKindOf(url.toLocalFile()) != FileKind::Other)
            files.append(url.toLocalFile());
    }
    return files;
}

QString storeFileFilter()
{
    return QCoreApplication::translate(
        "rumscope::FileKind",
        "rumscope stores (*.rumscope *.sqlite *.sqlite3 *.db);;All files (*)");
}

QString beaconFileFilter()
{
    return QCoreApplication::translate("rumscope::FileKind",
                                       "Canonical NDJSON (*.ndjson *.jsonl *.json);;All files (*)");
}

} // namespace rumscope
