#pragma once
// Which files the window takes from a drop or a file dialog: stores to open, beacon files and
// folders to import. Decided by name, so a drag over the window never reads the file.

#include <QString>
#include <QStringList>

class QMimeData;

namespace rumscope {

enum class FileKind
{
    Store,
    Beacons,
    Other
};

FileKind fileKindOf(const QString &path);
/// The local files among mime's URLs that are stores or beacon files.
QStringList acceptedLocalFiles(const QMimeData *mime);
/// File dialog filters, translated.
QString storeFileFilter();
QString beaconFileFilter();

} // namespace rumscope
