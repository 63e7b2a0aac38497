#pragma once
// Errors as values: a translated message for the user and an exit code for the CLI.

#include <QString>

#include <utility>
#include <variant>

namespace rumscope {

struct Error
{
    QString message;  ///< translated, complete sentence, shown as is
    int exitCode = 1; ///< what rumscope-cli exits with when this ends a command
};

template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace rumscope
