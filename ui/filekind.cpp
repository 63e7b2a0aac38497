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
    // Anything else may hold beacons of some SDK: the importer reads the content to know, and
    // says so clearly when it is none of them. A folder is imported file by file.
    return QFileInfo::exists(path) ? FileKind::Beacons : FileKind::Other;
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
                                       "Beacon files (*.ndjson *.jsonl *.json *.log *.txt);;All "
                                       "files (*)");
}

} // namespace rumscope
