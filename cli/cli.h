#pragma once
// The translation context of rumscope-cli's messages: Cli::tr("…") reads shorter than
// QCoreApplication::translate("rumscope::cli", "…") and lupdate files both under rumscope::cli.

#include <QCoreApplication>

namespace rumscope::cli {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::cli)
};

} // namespace rumscope::cli
