#pragma once
// A plain-text table for terminal output: a header, rows, columns padded to their widest cell.

#include <QList>
#include <QStringList>

namespace rumscope::cli {

class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(const QStringList &header);

    void setAlign(int column, Align align);
    /// Key-value lists read better without a header line; the header still sets the columns.
    void setHeaderVisible(bool visible) { m_headerVisible = visible; }
    void addRow(const QStringList &cells);
    /// A dashed line across all columns, e.g. before a total row.
    void addSeparator();
    bool isEmpty() const { return m_rows.isEmpty(); }

    QString toString() const;

private:
    QStringList m_header;
    bool m_headerVisible = true;
    QList<Align> m_align;
    QList<QStringList> m_rows; ///< an empty row stands for a separator
};

} // namespace rumscope::cli
