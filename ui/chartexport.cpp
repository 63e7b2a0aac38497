#include "chartexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace rumscope {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::ChartExport)
};
} // namespace

QString saveWidgetImage(QWidget *widget, const QString &path)
{
    if (!widget || widget->size().isEmpty())
        return Tr::tr("There is nothing to save: the view has no size.");
    // Written beside the target and renamed into place, so a failed export never leaves half
    // a file where an older one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(widget->size());
        generator.setViewBox(widget->rect());
        generator.setTitle(widget->windowTitle().isEmpty() ? widget->accessibleName()
                                                           : widget->windowTitle());
        generator.setDescription(Tr::tr("Exported from rumscope"));
        QPainter painter;
        if (!painter.begin(&generator))
            return Tr::tr("Cannot draw the view as SVG.");
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    } else if (!widget->grab().save(&file, "PNG")) {
        return Tr::tr("Cannot write %1 as PNG.").arg(QDir::toNativeSeparators(path));
    }
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QAction *createExportAction(QWidget *widget, const QString &baseName)
{
    auto *action = new QAction(Tr::tr("Export as PNG or SVG…"), widget);
    action->setObjectName(QStringLiteral("exportImage"));
    QObject::connect(action, &QAction::triggered, widget, [widget, baseName] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(
            widget, Tr::tr("Export View"), QDir(folder).filePath(baseName + u".png"),
            Tr::tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        const QString error = saveWidgetImage(widget, path);
        if (!error.isEmpty())
            QMessageBox::warning(widget, Tr::tr("Export View"), error);
    });
    return action;
}

} // namespace rumscope
