#include "columnsnapshot.h"

#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <type_traits>
#include <xxhash.h>

namespace rumscope {
namespace {

constexpr char kMagic[8] = {'R', 'U', 'M', 'S', 'C', 'O', 'L', 'S'};
constexpr char kEnd[8] = {'R', 'U', 'M', 'S', 'E', 'N', 'D', '.'};
// Bumped whenever the layout or the meaning of a column changes (bins, codes, dimensions).
constexpr quint32 kFormat = 3;
constexpr quint32 kByteOrderMark = 0x01020304;
/// Longer strings (none a sound store holds) make the snapshot unreadable, never truncated.
constexpr quint32 kMaxStringBytes = 64 << 20;
constexpr size_t kAlignment = 8;

/// A running XXH3 checksum of everything written: damage shows as a mismatch.
class Checksum
{
public:
    Checksum()
        : m_state(XXH3_createState())
    {
        XXH3_64bits_reset(m_state.get());
    }
    void add(const void *data, size_t size) { XXH3_64bits_update(m_state.get(), data, size); }
    quint64 value() const { return XXH3_64bits_digest(m_state.get()); }

private:
    struct Free
    {
        void operator()(XXH3_state_t *state) const { XXH3_freeState(state); }
    };
    std::unique_ptr<XXH3_state_t, Free> m_state;
};

class Writer
{
public:
    explicit Writer(QSaveFile &file)
        : m_file(file)
    {}

    void bytes(const void *data, size_t size)
    {
        if (m_failed)
            return;
        m_checksum.add(data, size);
        m_failed = m_file.write(static_cast<const char *>(data), qint64(size)) != qint64(size);
        m_position += size;
    }
    quint64 checksum() const { return m_checksum.value(); }
    template<class T> void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    /// Columns start at multiples of 8 bytes: a reader maps them in place.
    template<class Values> void column(const Values &values)
    {
        static const char padding[kAlignment] = {};
        bytes(padding, (kAlignment - m_position % kAlignment) % kAlignment);
        bytes(values.data(), values.size() * sizeof(*values.data()));
    }
    void string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        value(quint32(utf8.size()));
        bytes(utf8.constData(), size_t(utf8.size()));
    }
    bool failed() const { return m_failed; }

private:
    QSaveFile &m_file;
    Checksum m_checksum;
    size_t m_position = 0;
    bool m_failed = false;
};

/// The snapshot file, mapped read-only and kept alive by the columns that view it.
class MappedFile
{
public:
    static std::shared_ptr<const MappedFile> open(const QString &path)
    {
        // Non-blocking and no links: a FIFO or a device in its place must not hang the open.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
        if (fd < 0)
            return nullptr;
        struct stat info;
        std::shared_ptr<MappedFile> file;
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
            // Populated at once: one pass through the page cache instead of a fault per page.
            void *data =
                ::mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (data != MAP_FAILED) {
                file = std::make_shared<MappedFile>();
                file->m_data = static_cast<const char *>(data);
                file->m_size = size_t(info.st_size);
            }
        }
        ::close(fd);
        return file;
    }
    ~MappedFile()
    {
        if (m_data)
            ::munmap(const_cast<char *>(m_data), m_size);
    }
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }

private:
    const char *m_data = nullptr;
    size_t m_size = 0;
};

/// Reads what Writer wrote, refusing any size the rest of the file cannot hold.
class Reader
{
public:
    explicit Reader(std::shared_ptr<const MappedFile> file)
        : m_file(std::move(file))
    {}

    bool bytes(void *data, size_t size)
    {
        if (!m_ok || size > left())
            return m_ok = false;
        std::memcpy(data, m_file->data() + m_position, size);
        m_position += size;
        return true;
    }
    template<class T> T value()
    {
        T v{};
        bytes(&v, sizeof v);
        return v;
    }
    /// A column in place in the mapping.
    template<class T> bool column(Column<T> &values, size_t count)
    {
        const T *data = at<T>(count);
        if (data)
            values = Column<T>::view(data, count, m_file);
        return data;
    }
    /// A column copied out of the mapping.
    template<class T> bool column(std::vector<T> &values, size_t count)
    {
        const T *data = at<T>(count);
        if (data)
            values.assign(data, data + count);
        return data;
    }
    QString string()
    {
        const auto size = value<quint32>();
        if (!m_ok || size > kMaxStringBytes || size > left()) {
            m_ok = false;
            return {};
        }
        const QString text = QString::fromUtf8(m_file->data() + m_position, qsizetype(size));
        m_position += size;
        return text;
    }
    /// A count of items of at least itemBytes each that the rest of the file can hold.
    std::optional<size_t> count(size_t itemBytes)
    {
        const auto n = value<quint64>();
        if (!m_ok || n > quint64(left()) / std::max<size_t>(itemBytes, 1)) {
            m_ok = false;
            return std::nullopt;
        }
        return size_t(n);
    }
    bool ok() const { return m_ok; }
    size_t position() const { return m_position; }

private:
    size_t left() const { return m_file->size() - m_position; }
    template<class T> const T *at(size_t count)
    {
        const size_t start = (m_position + kAlignment - 1) / kAlignment * kAlignment;
        if (!m_ok || start > m_file->size() || count > (m_file->size() - start) / sizeof(T)) {
            m_ok = false;
            return nullptr;
        }
        m_position = start + count * sizeof(T);
        return reinterpret_cast<const T *>(m_file->data() + start);
    }

    std::shared_ptr<const MappedFile> m_file;
    size_t m_position = 0;
    bool m_ok = true;
};

void writeChunk(Writer &out, const FactChunk &chunk)
{
    out.value(quint64(chunk.size()));
    out.column(chunk.id);
    out.column(chunk.time);
    out.column(chunk.session);
    for (const auto &column : chunk.metrics)
        out.column(column);
    for (const auto &column : chunk.binned)
        out.column(column);
    for (const auto &column : chunk.codes)
        out.column(column);
    out.column(chunk.urls);
    out.column(chunk.hasError);
}

/// A chunk whose every value is one the scans can use without going out of bounds.
std::shared_ptr<FactChunk> readChunk(Reader &in, const FactTable &table, qint64 &lastId)
{
    const std::optional<size_t> rows = in.count(8);
    if (!rows || *rows == 0 || *rows > kChunkRows)
        return nullptr;
    auto chunk = std::make_shared<FactChunk>();
    in.column(chunk->id, *rows);
    in.column(chunk->time, *rows);
    in.column(chunk->session, *rows);
    for (auto &column : chunk->metrics)
        in.column(column, *rows);
    for (auto &column : chunk->binned)
        in.column(column, *rows);
    for (auto &column : chunk->codes)
        in.column(column, *rows);
    in.column(chunk->urls, *rows);
    in.column(chunk->hasError, *rows);
    if (!in.ok())
        return nullptr;
    for (const qint64 id : chunk->id) {
        if (id <= lastId)
            return nullptr; // ids ascend: lookups by id depend on it
        lastId = id;
    }
    for (const auto &column : chunk->binned) {
        for (const std::uint16_t code : column) {
            if (code != FactChunk::kNoSample && (code >> FactChunk::kRatingShift) > 2)
                return nullptr;
        }
    }
    for (int dim = 0; dim < kColumnDimensionCount; ++dim) {
        const auto size = size_t(table.dictionary(Dimension(dim)).size());
        const DimensionCode overflow = overflowCode(Dimension(dim));
        const bool sound = chunk->withCodes(Dimension(dim), [&](const auto *codes) {
            for (size_t row = 0; row < *rows; ++row) {
                if (codes[row] >= size && codes[row] != overflow)
                    return false;
            }
            return true;
        });
        if (!sound)
            return nullptr;
    }
    chunk->summarize();
    return chunk;
}

void writeErrors(Writer &out, const ErrorTable &errors)
{
    out.value(quint64(errors.groups().size()));
    for (const ErrorTable::Group &group : errors.groups()) {
        out.string(group.fingerprint);
        out.string(group.message);
        out.string(group.type);
        out.string(group.kind);
    }
    out.value(quint64(errors.rows()));
    out.column(errors.id());
    out.column(errors.time());
    out.column(errors.session());
    out.column(errors.group());
    out.column(errors.viewRow());
    out.column(errors.viewKey());
    out.column(errors.bySession());
}

} // namespace

QString ColumnSnapshot::pathFor(const QString &storePath)
{
    return storePath + QStringLiteral("-columns");
}

QString ColumnSnapshot::write(const QString &path, const EngineData &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    Writer out(file);
    out.bytes(kMagic, sizeof kMagic);
    out.value(kFormat);
    out.value(kByteOrderMark);
    out.value(quint32(kChunkRows));
    out.value(quint32(kMetricCount));
    out.value(quint32(kColumnDimensionCount));
    out.string(data.storeId);
    out.value(qint64(data.changeSeq));
    const FactTable &facts = *data.facts;
    for (int dim = 0; dim < kColumnDimensionCount; ++dim) {
        const QStringList &dictionary = facts.dictionary(Dimension(dim));
        out.value(quint64(dictionary.size()));
        for (const QString &value : dictionary)
            out.string(value);
    }
    out.value(quint64(facts.chunkCount()));
    for (size_t c = 0; c < facts.chunkCount(); ++c)
        writeChunk(out, facts.chunk(c));
    writeErrors(out, *data.errors);
    out.bytes(kEnd, sizeof kEnd);
    out.value(out.checksum());
    if (out.failed()) {
        file.cancelWriting();
        return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

std::optional<EngineData> ColumnSnapshot::read(const QString &path, const QString &storeId)
{
    const std::shared_ptr<const MappedFile> file = MappedFile::open(path);
    if (!file || file->size() < sizeof kMagic + sizeof(quint64))
        return std::nullopt;
    // Damage first: the checksum at the end covers every byte before it.
    const size_t covered = file->size() - sizeof(quint64);
    quint64 stored;
    std::memcpy(&stored, file->data() + covered, sizeof stored);
    if (XXH3_64bits(file->data(), covered) != stored)
        return std::nullopt;
    Reader in(file);
    char magic[sizeof kMagic];
    in.bytes(magic, sizeof magic);
    if (!in.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0 ||
        in.value<quint32>() != kFormat || in.value<quint32>() != kByteOrderMark ||
        in.value<quint32>() != kChunkRows || in.value<quint32>() != kMetricCount ||
        in.value<quint32>() != quint32(kColumnDimensionCount))
        return std::nullopt;
    EngineData data;
    data.storeId = in.string();
    data.changeSeq = in.value<qint64>();
    if (!in.ok() || storeId.isEmpty() || data.storeId != storeId)
        return std::nullopt;

    FactTableEditor editor;
    for (int dim = 0; dim < kColumnDimensionCount; ++dim) {
        const std::optional<size_t> size = in.count(4);
        if (!size || *size == 0 || *size > dictionaryLimit(Dimension(dim)))
            return std::nullopt;
        QStringList dictionary;
        dictionary.reserve(qsizetype(*size));
        for (size_t i = 0; i < *size && in.ok(); ++i)
            dictionary.append(in.string());
        if (!dictionary.front().isEmpty())
            return std::nullopt;
        editor.setDictionary(Dimension(dim), std::move(dictionary));
    }
    const std::optional<size_t> chunks = in.count(8);
    if (!chunks || *chunks >= (size_t(1) << (32 - kChunkShift)))
        return std::nullopt;
    qint64 lastId = 0;
    for (size_t c = 0; c < *chunks; ++c) {
        std::shared_ptr<FactChunk> chunk = readChunk(in, editor.table(), lastId);
        if (!chunk)
            return std::nullopt;
        editor.appendChunk(std::move(chunk));
    }
    FactTable facts = editor.finish();

    ErrorTable errors;
    const std::optional<size_t> groups = in.count(16);
    if (!groups)
        return std::nullopt;
    for (size_t g = 0; g < *groups && in.ok(); ++g) {
        const QString fingerprint = in.string();
        const QString message = in.string();
        const QString type = in.string();
        const QString kind = in.string();
        if (errors.groupOf(fingerprint, message, type, kind) != g)
            return std::nullopt; // two groups of one key
    }
    const std::optional<size_t> rows = in.count(8);
    if (!rows)
        return std::nullopt;
    in.column(errors.m_id, *rows);
    in.column(errors.m_time, *rows);
    in.column(errors.m_session, *rows);
    in.column(errors.m_group, *rows);
    in.column(errors.m_viewRow, *rows);
    in.column(errors.m_viewKey, *rows);
    in.column(errors.m_bySession, *rows);
    char end[sizeof kEnd];
    in.bytes(end, sizeof end);
    if (!in.ok() || std::memcmp(end, kEnd, sizeof kEnd) != 0 || in.position() != covered)
        return std::nullopt;
    for (size_t e = 0; e < *rows; ++e) {
        const RowRef view = errors.m_viewRow[e];
        const bool viewOk =
            view == ErrorTable::kNoView || (chunkOf(view) < facts.chunkCount() &&
                                            rowInChunk(view) < facts.chunk(chunkOf(view)).size());
        if (errors.m_group[e] >= *groups || !viewOk ||
            (e > 0 && errors.m_id[e] <= errors.m_id[e - 1]))
            return std::nullopt;
    }
    // bySession: every error once, in session order.
    std::vector<bool> seen(*rows);
    for (size_t i = 0; i < *rows; ++i) {
        const std::uint32_t e = errors.m_bySession[i];
        if (e >= *rows || seen[e] ||
            (i > 0 && errors.m_session[errors.m_bySession[i - 1]] > errors.m_session[e]))
            return std::nullopt;
        seen[e] = true;
    }
    data.facts = std::make_shared<const FactTable>(std::move(facts));
    data.errors = std::make_shared<const ErrorTable>(std::move(errors));
    return data;
}

} // namespace rumscope
