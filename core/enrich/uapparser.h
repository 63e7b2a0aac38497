#pragma once
// uap-core's regexes.yaml, compiled for RE2: the raw ua-parser answer (family, versions,
// device brand and model) for one user-agent string, by the rules of uap-core's
// specification: first matching regex of each list wins, $1…$9 in the *_replacement fields.
// Immutable once loaded, so one set serves every thread.

#include "common/result.h"

#include <QByteArray>

#include <memory>
#include <string>
#include <string_view>

namespace rumscope {

/// What uap-core says about one user agent; empty strings where it says nothing ("Other").
struct UapResult
{
    std::string family; ///< browser (or crawler, or app) family, e.g. "Chrome Mobile"
    std::string major;
    std::string minor;
    std::string patch;
    std::string patchMinor;

    std::string osFamily; ///< e.g. "Mac OS X", "Android"
    std::string osMajor;
    std::string osMinor;
    std::string osPatch;
    std::string osPatchMinor;

    std::string deviceFamily; ///< e.g. "Samsung SM-S918B", "iPhone", "Spider"
    std::string deviceBrand;
    std::string deviceModel;
};

class UapRules
{
public:
    /// Compiles the three rule lists of a regexes.yaml text. Regexes RE2 cannot compile
    /// (PCRE-only features) are skipped and counted; a text that is not such a file fails.
    static Result<std::shared_ptr<const UapRules>> fromYaml(const QByteArray &yaml);
    /// The regexes.yaml built into the library (see core/enrich/CMakeLists.txt).
    static Result<std::shared_ptr<const UapRules>> builtIn();

    ~UapRules();
    UapRules(const UapRules &) = delete;
    UapRules &operator=(const UapRules &) = delete;

    /// Thread-safe. The caller bounds the length of userAgent (RE2 is linear in it).
    UapResult parse(std::string_view userAgent) const;

    int ruleCount() const;    ///< regexes compiled, over all three lists
    int skippedCount() const; ///< regexes RE2 could not compile

private:
    UapRules();
    struct Lists;
    std::unique_ptr<Lists> d;
};

} // namespace rumscope
