#include "texttable.h"

namespace rumscope::cli {

TextTable::TextTable(const QStringList &header)
    : m_header(header)
    , m_align(header.size(), Align::Left)
{}

void TextTable::setAlign(int column, Align align)
{
    if (column >= 0 && column < m_align.size())
        m_align[column] = align;
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row = cells;
    while (row.size() < m_header.size())
        row.append(QString());
    m_rows.append(row);
}

void TextTable::addSeparator()
{
    m_rows.append(QStringList());
}

QString TextTable::toString() const
{
    const qsizetype columns = m_header.size();
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c)
        widths[c] = m_headerVisible ? m_header[c].size() : 0;
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < columns && c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }

    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1String("  ");
            const QString &cell = cells[c];
            const bool last = c == columns - 1;
            if (m_align[c] == Align::Right)
                out += cell.rightJustified(widths[c]);
            else
                out += last ? cell : cell.leftJustified(widths[c]);
        }
        return out;
    };
    const auto rule = [&] {
        QString out;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1String("  ");
            out += QString(widths[c], u'-');
        }
        return out;
    };

    QStringList lines;
    if (m_headerVisible) {
        lines.append(line(m_header));
        lines.append(rule());
    }
    for (const QStringList &row : m_rows)
        lines.append(row.isEmpty() ? rule() : line(row));
    return lines.join(u'\n');
}

} // namespace rumscope::cli
