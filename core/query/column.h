#pragma once
// A column of a chunk: values it owns, or a read-only view of values someone else keeps alive
// (a memory-mapped column snapshot). A view turns into owned values the first time it is
// changed, so a mapped chunk costs no copy until a row of it changes.

#include <algorithm>
#include <memory>
#include <vector>

namespace rumscope {

template<class T> class Column
{
public:
    Column() = default;

    /// A view of size values at data, valid as long as keeper lives.
    static Column view(const T *data, size_t size, std::shared_ptr<const void> keeper)
    {
        Column column;
        column.m_view = data;
        column.m_viewSize = size;
        column.m_keeper = std::move(keeper);
        return column;
    }

    const T *data() const { return m_view ? m_view : m_owned.data(); }
    size_t size() const { return m_view ? m_viewSize : m_owned.size(); }
    bool empty() const { return size() == 0; }
    const T &operator[](size_t index) const { return data()[index]; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + size(); }
    const T &back() const { return data()[size() - 1]; }

    /// The values to change in place (owned from now on).
    T *mutableData()
    {
        own();
        return m_owned.data();
    }
    void push_back(const T &value)
    {
        own();
        m_owned.push_back(value);
    }
    void reserve(size_t size)
    {
        own();
        m_owned.reserve(size);
    }

private:
    void own()
    {
        if (!m_view)
            return;
        m_owned.assign(m_view, m_view + m_viewSize);
        m_view = nullptr;
        m_viewSize = 0;
        m_keeper.reset();
    }

    std::vector<T> m_owned;
    const T *m_view = nullptr;
    size_t m_viewSize = 0;
    std::shared_ptr<const void> m_keeper;
};

} // namespace rumscope
